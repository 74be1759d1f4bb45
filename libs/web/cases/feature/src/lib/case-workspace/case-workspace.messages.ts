import type { MessageCatalog } from '@naast/web-core';

const nl = {
  acknowledged: 'Het verslag is als gelezen gemarkeerd; de vrijwilliger ziet je reactie.',
  reassigned: (name: string) => `${name} is nu casushouder.`,
  reassignConflict:
    'Deze ondersteuningsvraag is intussen door iemand anders gewijzigd. De gegevens zijn bijgewerkt; je keuze staat nog in het formulier. Controleer en probeer opnieuw.',
};

export type CaseWorkspaceMessages = typeof nl;

const en: CaseWorkspaceMessages = {
  acknowledged: 'The report has been marked as read; the volunteer sees your comment.',
  reassigned: (name: string) => `${name} is now the lead supporter.`,
  reassignConflict:
    'Someone else changed this support request in the meantime. The details have been updated; your choice is still in the form. Check it and try again.',
};

export const CASE_WORKSPACE_MESSAGES: MessageCatalog<CaseWorkspaceMessages> = { nl, en };
