/** Names, places and words for realistic Dutch demo records. All people are fictional. */
export const GIVEN_NAMES = [
  'Anna',
  'Bram',
  'Cor',
  'Daan',
  'Els',
  'Fleur',
  'Gerrit',
  'Hanneke',
  'Ilse',
  'Jan',
  'Karin',
  'Lars',
  'Marieke',
  'Noah',
  'Olga',
  'Piet',
  'Rianne',
  'Sem',
  'Truus',
  'Willem',
  'Yvonne',
  'Zeynep',
  'Mustafa',
  'Fatima',
  'Youssef',
  'Samira',
  'Emre',
  'Ayşe',
  'Priya',
  'Rajesh',
  'Agnieszka',
  'Tomasz',
  'Oksana',
  'Dmytro',
  'Senait',
  'Yonas',
  'Kofi',
  'Akosua',
  'Mei',
  'Wei',
  'Lucia',
  'Rafael',
  'Johanna',
  'Kees',
  'Mohamed',
  'Nadia',
  'Hendrik',
  'Gerda',
  'Sjaak',
  'Wilma',
];
export const FAMILY_NAMES: { prefix: string | null; name: string }[] = [
  { prefix: 'de', name: 'Jong' },
  { prefix: null, name: 'Jansen' },
  { prefix: 'de', name: 'Vries' },
  { prefix: 'van den', name: 'Berg' },
  { prefix: 'van', name: 'Dijk' },
  { prefix: null, name: 'Bakker' },
  { prefix: null, name: 'Visser' },
  { prefix: null, name: 'Smit' },
  { prefix: null, name: 'Meijer' },
  { prefix: 'de', name: 'Boer' },
  { prefix: null, name: 'Mulder' },
  { prefix: 'de', name: 'Groot' },
  { prefix: null, name: 'Bos' },
  { prefix: null, name: 'Vos' },
  { prefix: null, name: 'Peters' },
  { prefix: null, name: 'Hendriks' },
  { prefix: 'van', name: 'Leeuwen' },
  { prefix: null, name: 'Dekker' },
  { prefix: null, name: 'Brouwer' },
  { prefix: 'de', name: 'Wit' },
  { prefix: null, name: 'Yılmaz' },
  { prefix: null, name: 'Kaya' },
  { prefix: 'El', name: 'Amrani' },
  { prefix: null, name: 'Bouzid' },
  { prefix: null, name: 'Öztürk' },
  { prefix: null, name: 'Nowak' },
  { prefix: null, name: 'Kowalski' },
  { prefix: null, name: 'Shevchenko' },
  { prefix: null, name: 'Tesfaye' },
  { prefix: null, name: 'Mensah' },
  { prefix: null, name: 'Chen' },
  { prefix: null, name: 'Ramdin' },
  { prefix: null, name: 'Sanchez' },
  { prefix: 'van der', name: 'Linden' },
  { prefix: null, name: 'Koster' },
  { prefix: null, name: 'Prins' },
];
export const LANGUAGES = ['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'ar', 'tr', 'pl', 'uk', 'ti', 'en', 'zh', 'es'];

export interface DemoPlace {
  municipalityCode: string;
  municipalityName: string;
  city: string;
  postcodePrefix: number;
  streets: string[];
}

export const PLACES: Record<'utrecht' | 'rotterdam', DemoPlace[]> = {
  utrecht: [
    {
      municipalityCode: 'GM0344',
      municipalityName: 'Utrecht',
      city: 'Utrecht',
      postcodePrefix: 3511,
      streets: [
        'Oudegracht',
        'Amsterdamsestraatweg',
        'Kanaalstraat',
        'Biltstraat',
        'Vleutenseweg',
        'Overvecht-Zuid',
        'Zamenhofdreef',
      ],
    },
    {
      municipalityCode: 'GM0356',
      municipalityName: 'Nieuwegein',
      city: 'Nieuwegein',
      postcodePrefix: 3431,
      streets: ['Dukatenburg', 'Zuidstedeweg', 'Herenstraat'],
    },
    {
      municipalityCode: 'GM0355',
      municipalityName: 'Zeist',
      city: 'Zeist',
      postcodePrefix: 3701,
      streets: ['Slotlaan', 'Driebergseweg', 'Laan van Vollenhove'],
    },
    {
      municipalityCode: 'GM0321',
      municipalityName: 'Houten',
      city: 'Houten',
      postcodePrefix: 3991,
      streets: ['Onderdoor', 'Het Rond', 'Meidoornkade'],
    },
    {
      municipalityCode: 'GM0310',
      municipalityName: 'De Bilt',
      city: 'Bilthoven',
      postcodePrefix: 3721,
      streets: ['Julianalaan', 'Soestdijkseweg-Zuid'],
    },
  ],
  rotterdam: [
    {
      municipalityCode: 'GM0599',
      municipalityName: 'Rotterdam',
      city: 'Rotterdam',
      postcodePrefix: 3011,
      streets: [
        'Coolsingel',
        'Westblaak',
        'Beijerlandselaan',
        'Zwart Janstraat',
        'Mathenesserlaan',
        'Groene Hilledijk',
      ],
    },
    {
      municipalityCode: 'GM0606',
      municipalityName: 'Schiedam',
      city: 'Schiedam',
      postcodePrefix: 3111,
      streets: ['Broersvest', 'Nieuwlandplein'],
    },
    {
      municipalityCode: 'GM0622',
      municipalityName: 'Vlaardingen',
      city: 'Vlaardingen',
      postcodePrefix: 3131,
      streets: ['Hoogstraat', 'Van Hogendorplaan'],
    },
    {
      municipalityCode: 'GM0502',
      municipalityName: 'Capelle aan den IJssel',
      city: 'Capelle aan den IJssel',
      postcodePrefix: 2902,
      streets: ['Slotplein', 'Fazantlaan'],
    },
  ],
};

/** Questions in the client's own words, by the domain they mainly touch. */
export const QUESTIONS: Record<string, string[]> = {
  zorg: [
    'Ik kan niet meer goed voor mezelf zorgen sinds mijn operatie en weet niet welke hulp ik kan vragen.',
    'Mijn moeder wordt steeds vergeetachtiger. Hoe regelen we zorg thuis of een plek in een verpleeghuis?',
    'De thuiszorg komt steeds op andere tijden en ik weet niet bij wie ik moet klagen.',
  ],
  wonen: [
    'Mijn huis is niet meer geschikt nu ik in een rolstoel zit. Ik wil een traplift of een ander huis.',
    'Ik moet mijn huis uit en heb nergens om naartoe te gaan.',
    'Er is schimmel in mijn woning en de woningcorporatie doet niets.',
  ],
  werk: [
    'Ik wil graag weer aan het werk na mijn burn-out, maar weet niet hoe ik dat aanpak.',
    'Ik ben mijn baan kwijt en snap de brieven van het UWV niet.',
  ],
  inkomen: [
    'Ik heb schulden en weet niet meer waar ik moet beginnen.',
    'Mijn uitkering is gestopt en ik kan de huur niet betalen.',
    'Ik snap de brief over de toeslagen niet en ben bang dat ik moet terugbetalen.',
  ],
  welzijn: [
    'Ik zit de hele dag alleen thuis en wil graag mensen ontmoeten.',
    'Sinds mijn man overleden is kom ik de dag niet goed door.',
  ],
  onderwijs: [
    'Mijn zoon gaat niet meer naar school en de school zegt dat ze niets meer kunnen doen.',
    'Ik wil de taal beter leren maar weet niet waar dat kan.',
  ],
  jeugdhulp: [
    'Mijn dochter heeft autisme en we wachten al maanden op hulp.',
    'Thuis loopt het vast met mijn zoon van veertien; we hebben hulp nodig.',
  ],
  preventieve_zorg: [
    'Ik drink te veel en wil daar hulp bij voordat het erger wordt.',
    'Ik wil gezonder leven maar weet niet waar ik moet beginnen.',
  ],
  maatschappelijke_ondersteuning: [
    'Ik heb een keukentafelgesprek bij de gemeente en wil daar niet alleen heen.',
    'De gemeente heeft mijn aanvraag voor huishoudelijke hulp afgewezen; kan ik bezwaar maken?',
  ],
};

export const VISIT_SUMMARIES = [
  'Samen de post doorgenomen en de belangrijkste brieven op volgorde gelegd.',
  'Gesproken over de situatie thuis. Cliënt geeft aan dat het zwaar is maar wil het zelf blijven proberen.',
  'Meegegaan naar het keukentafelgesprek bij de gemeente; cliënt kon zelf goed vertellen wat nodig is.',
  'Telefonisch contact: afspraak bij de schuldhulpverlening is gemaakt.',
  'Formulier voor de Wmo-aanvraag samen ingevuld en ingeleverd.',
  'Cliënt had vragen over de beschikking. Uitgelegd wat er staat en wat de termijn voor bezwaar is.',
  'Contact gehad met de woningcorporatie over de reparaties; zij komen volgende week langs.',
  'Gesprek met cliënt en dochter over wat er nodig is om thuis te kunnen blijven wonen.',
  'Via beeldbellen de stand van zaken besproken; de tolk was erbij.',
  'Samen naar het CIZ geweest voor de Wlz-indicatie.',
];
export const NEXT_STEPS = [
  'Volgende week bellen of de brief van de gemeente binnen is.',
  'Cliënt verzamelt de loonstroken; ik neem contact op met het UWV.',
  'Over twee weken huisbezoek om de aanvraag te bespreken.',
  'Vrijwilliger gaat mee naar de afspraak bij de huisarts.',
  null,
];
export const CLOSING_REASONS = [
  'Vraag is beantwoord; cliënt kan verder zonder ondersteuning.',
  'Cliënt heeft passende zorg gekregen en ervaart geen vragen meer.',
  'Cliënt is verhuisd naar een andere gemeente; warm overgedragen.',
  'Cliënt wil geen ondersteuning meer.',
];
