import type { MessageCatalog } from '@naast/web-core';

export interface PrivacyMessages {
  panelTitle: string;
  panelIntro: string;
  clientView: string;
  inzagePdf: string;
  inzageJson: string;
  inzageOnlyTeamLead: string;
  searchTitle: string;
  searchIntro: string;
  adminNote: string;
  clientId: string;
  clientIdHint: string;
  userId: string;
  userIdHint: string;
  from: string;
  to: string;
  search: string;
  clear: string;
  loadMore: string;
  loading: string;
  none: string;
  failed: string;
  when: string;
  who: string;
  what: string;
  client: string;
  outcome: string;
  employeeLink: (name: string) => string;
  employeeTitle: (name: string) => string;
  employeeIntro: string;
  back: string;
  results: (count: number) => string;
  clientViewTitle: string;
  clientViewIntro: string;
  clientViewFor: (name: string, organisation: string) => string;
  print: string;
  downloadPdf: string;
  backToClient: string;
  nobodyYet: string;
}

export const PRIVACY_MESSAGES: MessageCatalog<PrivacyMessages> = {
  nl: {
    panelTitle: 'Inzage en logging',
    panelIntro: 'Wie heeft het dossier bekeken, en alle gegevens van deze cliënt om mee te geven.',
    clientView: 'Wie heeft het dossier bekeken',
    inzagePdf: 'Inzage downloaden (PDF)',
    inzageJson: 'Inzage downloaden (JSON)',
    inzageOnlyTeamLead: 'De inzage in het hele dossier maakt de teamleider.',
    searchTitle: 'Inzage en logging',
    searchIntro:
      'Zoek in de toegangslog: wie heeft welk dossier bekeken of gewijzigd, en wanneer. Ook dit zoeken wordt vastgelegd.',
    adminNote: 'Als functioneel beheerder zie je cliëntnummers, geen namen.',
    clientId: 'Cliëntnummer',
    clientIdHint: 'Het nummer (id) van de cliënt, te vinden op de cliëntpagina.',
    userId: 'Medewerkernummer',
    userIdHint: 'Het nummer (id) van de medewerker.',
    from: 'Vanaf',
    to: 'Tot en met',
    search: 'Zoeken',
    clear: 'Wissen',
    loadMore: 'Meer laden',
    loading: 'Bezig met laden…',
    none: 'Geen regels gevonden.',
    failed: 'Laden is niet gelukt.',
    when: 'Wanneer',
    who: 'Wie',
    what: 'Wat',
    client: 'Cliënt',
    outcome: 'Resultaat',
    employeeLink: (name) => `Alles van ${name}`,
    employeeTitle: (name) => `Wat ${name} heeft bekeken`,
    employeeIntro: 'Alle regels van deze medewerker, nieuwste eerst.',
    back: 'Terug naar zoeken',
    results: (count) => `${count} ${count === 1 ? 'regel' : 'regels'} getoond`,
    clientViewTitle: 'Wie heeft uw dossier bekeken?',
    clientViewIntro:
      'Hieronder staat wie de gegevens heeft bekeken of gewijzigd, wat en wanneer. U ziet de functie van de medewerker en de organisatie. Het oudste staat bovenaan.',
    clientViewFor: (name, organisation) => `Voor ${name}, bij ${organisation}.`,
    print: 'Afdrukken',
    downloadPdf: 'Downloaden als PDF',
    backToClient: 'Terug naar de cliënt',
    nobodyYet: 'Er is nog niemand in dit dossier geweest.',
  },
  en: {
    panelTitle: 'Access log and inzage',
    panelIntro: 'Who accessed the file, and all of this client’s data to hand over.',
    clientView: 'Who accessed the file',
    inzagePdf: 'Download inzage (PDF)',
    inzageJson: 'Download inzage (JSON)',
    inzageOnlyTeamLead: 'The team lead makes the inzage of the whole file.',
    searchTitle: 'Access log and inzage',
    searchIntro: 'Search the access log: who viewed or changed which file, and when. This search is logged too.',
    adminNote: 'As an administrator you see client numbers, not names.',
    clientId: 'Client number',
    clientIdHint: 'The client’s number (id), shown on the client page.',
    userId: 'Employee number',
    userIdHint: 'The employee’s number (id).',
    from: 'From',
    to: 'Up to and including',
    search: 'Search',
    clear: 'Clear',
    loadMore: 'Load more',
    loading: 'Loading…',
    none: 'No rows found.',
    failed: 'Loading failed.',
    when: 'When',
    who: 'Who',
    what: 'What',
    client: 'Client',
    outcome: 'Outcome',
    employeeLink: (name) => `Everything by ${name}`,
    employeeTitle: (name) => `What ${name} accessed`,
    employeeIntro: 'Every row of this employee, newest first.',
    back: 'Back to search',
    results: (count) => `${count} ${count === 1 ? 'row' : 'rows'} shown`,
    clientViewTitle: 'Who accessed your file?',
    clientViewIntro:
      'Below is who viewed or changed the data, what and when. You see the employee’s function and organisation. The oldest is at the top.',
    clientViewFor: (name, organisation) => `For ${name}, at ${organisation}.`,
    print: 'Print',
    downloadPdf: 'Download as PDF',
    backToClient: 'Back to the client',
    nobodyYet: 'Nobody has accessed this file yet.',
  },
};
