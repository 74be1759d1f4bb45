import type { MessageCatalog } from './language';

const nl = {
  appName: 'Naast',
  skipToContent: 'Naar de inhoud',
  mainNavigation: 'Hoofdmenu',
  nav: {
    myWork: 'Mijn werk',
    caseloadReview: 'Caseloadoverzicht',
    myCaseload: 'Mijn caseload',
    clients: 'Cliënten',
    myLinks: 'Mijn koppelingen',
    teamCaseload: 'Caseload team',
    admin: 'Beheer',
    independence: 'Onafhankelijkheid',
    reach: 'Bereik',
    privacy: 'Inzage en logging',
  },
  languageSwitch: {
    /** The button offers the other language, named in that language. */
    switchTo: 'English',
    switchToLabel: 'Switch to English',
    switchToLang: 'en',
  },
  signedInAs: (name: string, role: string) => `Ingelogd als ${name}, ${role}`,
  signOut: 'Uitloggen',
  errorPage: {
    forbiddenTitle: 'Geen toegang',
    forbiddenText:
      'Je hebt geen toegang tot deze pagina. Denk je dat dit niet klopt? Neem contact op met je teamleider.',
    notFoundTitle: 'Niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer), of je hebt er geen toegang toe.',
    home: 'Naar mijn startpagina',
  },
  validation: {
    required: 'Dit veld is verplicht.',
    email: 'Vul een geldig e-mailadres in.',
    pattern: 'De invoer heeft niet de juiste vorm.',
    minlength: (min: number) => `Vul minstens ${min} tekens in.`,
    maxlength: (max: number) => `Gebruik hoogstens ${max} tekens.`,
    min: (min: number) => `De waarde moet minstens ${min} zijn.`,
    max: (max: number) => `De waarde mag hoogstens ${max} zijn.`,
    atLeastOne: 'Kies er minstens één.',
    integer: 'Vul een heel getal in.',
    notInFuture: 'Deze datum ligt in de toekomst.',
    invalid: 'Deze waarde is ongeldig.',
  },
  formSummary: {
    title: 'Het formulier is nog niet goed ingevuld.',
    fixFields: 'Controleer de gemarkeerde velden.',
  },
  errors: {
    network: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    server: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    forbidden: 'Je hebt geen toestemming voor deze actie.',
    notFound: 'Dit bestaat niet (meer).',
    conflict:
      'Iemand anders heeft dit intussen gewijzigd. Je invoer is bewaard; bekijk de huidige gegevens en probeer het opnieuw.',
    badRequest: 'De invoer is niet geaccepteerd.',
  },
  loading: 'Bezig met laden…',
};

export type CoreMessages = typeof nl;

const en: CoreMessages = {
  appName: 'Naast',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main menu',
  nav: {
    myWork: 'My work',
    caseloadReview: 'Caseload review',
    myCaseload: 'My caseload',
    clients: 'Clients',
    myLinks: 'My linked cases',
    teamCaseload: 'Team caseload',
    admin: 'Administration',
    independence: 'Independence',
    reach: 'Reach',
    privacy: 'Access log and inzage',
  },
  languageSwitch: {
    switchTo: 'Nederlands',
    switchToLabel: 'Wissel naar Nederlands',
    switchToLang: 'nl',
  },
  signedInAs: (name: string, role: string) => `Signed in as ${name}, ${role}`,
  signOut: 'Sign out',
  errorPage: {
    forbiddenTitle: 'No access',
    forbiddenText: 'You do not have access to this page. If you think this is wrong, contact your team lead.',
    notFoundTitle: 'Not found',
    notFoundText: 'This page does not exist (any more), or you do not have access to it.',
    home: 'Go to my start page',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter a valid email address.',
    pattern: 'This value does not have the right format.',
    minlength: (min: number) => `Enter at least ${min} characters.`,
    maxlength: (max: number) => `Use at most ${max} characters.`,
    min: (min: number) => `The value must be at least ${min}.`,
    max: (max: number) => `The value must be at most ${max}.`,
    atLeastOne: 'Choose at least one.',
    integer: 'Enter a whole number.',
    notInFuture: 'This date is in the future.',
    invalid: 'This value is invalid.',
  },
  formSummary: {
    title: 'The form is not filled in correctly yet.',
    fixFields: 'Check the highlighted fields.',
  },
  errors: {
    network: 'The server cannot be reached. Check your connection and try again.',
    server: 'Something went wrong on our side. Please try again later.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'This does not exist (any more).',
    conflict: 'Someone else changed this in the meantime. Your input is kept; review the current data and try again.',
    badRequest: 'The input was not accepted.',
  },
  loading: 'Loading…',
};

export const CORE_MESSAGES: MessageCatalog<CoreMessages> = { nl, en };
