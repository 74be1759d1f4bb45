import type { MessageCatalog } from '@naast/web-core';

const nl = {
  linked: {
    title: 'Mijn koppelingen',
    intro: 'De ondersteuningsvragen waaraan je als vrijwilliger bent gekoppeld.',
    empty: 'Je bent nog niet aan een ondersteuningsvraag gekoppeld.',
    record: 'Contactmoment vastleggen',
    recordFor: (name: string) => `Contactmoment vastleggen voor ${name}`,
    plan: 'Ondersteuningsplan',
    planFor: (name: string) => `Ondersteuningsplan van ${name}`,
    casesList: 'Gekoppelde ondersteuningsvragen',
    leadSupporter: (name: string) => `Casushouder: ${name}`,
    loadMore: 'Meer laden',
  },
  record: {
    title: 'Contactmoment vastleggen',
    forClient: (name: string) => `met ${name}`,
    question: 'Vraag van de cliënt',
    saved: 'Het contactmoment is opgeslagen. Dank je wel!',
    back: 'Terug naar mijn koppelingen',
    earlier: 'Eerdere contactmomenten',
    notAllowed: 'Je kunt bij deze ondersteuningsvraag geen contactmoment vastleggen.',
    visitsLoadError: 'De eerdere contactmomenten konden niet worden geladen. Probeer het later opnieuw.',
    amendTitle: (when: string) => `Correctie op het contactmoment van ${when}`,
    amendmentSaved: 'De correctie is opgeslagen en staat in de geschiedenis.',
    amendmentUnchanged: 'Er is niets gewijzigd; pas een veld aan of annuleer.',
    amendmentConflict:
      'Dit contactmoment is intussen door iemand anders gecorrigeerd. De lijst toont nu de huidige versie; je invoer staat nog in het formulier.',
  },
};

export type VisitsMessages = typeof nl;

const en: VisitsMessages = {
  linked: {
    title: 'My linked cases',
    intro: 'The support requests you are linked to as a volunteer.',
    empty: 'You are not linked to any support request yet.',
    record: 'Record a contact',
    recordFor: (name: string) => `Record a contact for ${name}`,
    plan: 'Support plan',
    planFor: (name: string) => `Support plan of ${name}`,
    casesList: 'Linked support requests',
    leadSupporter: (name: string) => `Lead supporter: ${name}`,
    loadMore: 'Load more',
  },
  record: {
    title: 'Record a contact',
    forClient: (name: string) => `with ${name}`,
    question: "Client's question",
    saved: 'The contact has been saved. Thank you!',
    back: 'Back to my linked cases',
    earlier: 'Earlier contacts',
    notAllowed: 'You cannot record a contact for this support request.',
    visitsLoadError: 'The earlier contacts could not be loaded. Please try again later.',
    amendTitle: (when: string) => `Correction to the contact of ${when}`,
    amendmentSaved: 'The correction has been saved and is shown in the history.',
    amendmentUnchanged: 'Nothing was changed; edit a field or cancel.',
    amendmentConflict:
      'Someone else corrected this contact in the meantime. The list now shows the current version; your input is still in the form.',
  },
};

export const VISITS_MESSAGES: MessageCatalog<VisitsMessages> = { nl, en };
