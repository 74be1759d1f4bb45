/** The nine life domains of the Wmo 2015 (art. 1.1.1); the first four are primary. */
export const DOMAIN_CODES = [
  'zorg',
  'wonen',
  'werk',
  'inkomen',
  'welzijn',
  'onderwijs',
  'jeugdhulp',
  'preventieve_zorg',
  'maatschappelijke_ondersteuning',
] as const;
export type DomainCode = (typeof DOMAIN_CODES)[number];

export interface DomainDefinition {
  code: DomainCode;
  nl: string;
  en: string;
  primary: boolean;
  /** Display order: primary domains first. */
  position: number;
}

/** The same rows are seeded into the `domains` table by migration; a test keeps both equal. */
export const DOMAINS: readonly DomainDefinition[] = [
  { code: 'zorg', nl: 'Zorg', en: 'Care', primary: true, position: 1 },
  { code: 'wonen', nl: 'Wonen', en: 'Housing', primary: true, position: 2 },
  { code: 'werk', nl: 'Werk', en: 'Work', primary: true, position: 3 },
  { code: 'inkomen', nl: 'Inkomen', en: 'Income', primary: true, position: 4 },
  { code: 'welzijn', nl: 'Welzijn', en: 'Wellbeing', primary: false, position: 5 },
  { code: 'onderwijs', nl: 'Onderwijs', en: 'Education', primary: false, position: 6 },
  { code: 'jeugdhulp', nl: 'Jeugdhulp', en: 'Youth care', primary: false, position: 7 },
  { code: 'preventieve_zorg', nl: 'Preventieve zorg', en: 'Preventive care', primary: false, position: 8 },
  {
    code: 'maatschappelijke_ondersteuning',
    nl: 'Maatschappelijke ondersteuning',
    en: 'Social support',
    primary: false,
    position: 9,
  },
];
