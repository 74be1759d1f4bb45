import type { Role } from '@naast/contracts';

/** Shared by every demo account; printed in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Naast-demo-2026';

/** The demo organisations require a second factor of admins and team leads only. */
export const DEMO_SECOND_FACTOR_POLICY = 'admins_and_team_leads';

export interface DemoOrganisation {
  key: 'utrecht' | 'rotterdam';
  name: string;
  /** How clients reach the organisation; printed on their documents. */
  phone: string;
  email: string;
  teams: string[];
  accounts: {
    email: string;
    displayName: string;
    role: Role;
    teams: string[];
    /** Base32 TOTP secret the account is pre-enrolled with (printed in the README): admins and team leads. */
    totpSecret?: string;
  }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'utrecht',
    name: 'Cliëntondersteuning Utrecht',
    phone: '030 200 40 60',
    email: 'info@utrecht.example',
    teams: ['Team Noord', 'Team Zuid'],
    accounts: [
      {
        email: 'ondersteuner@utrecht.example',
        displayName: 'Sanne de Vries',
        role: 'supporter',
        teams: ['Team Noord'],
      },
      {
        email: 'ondersteuner.zuid@utrecht.example',
        displayName: 'Mohamed El Amrani',
        role: 'supporter',
        teams: ['Team Zuid'],
      },
      { email: 'vrijwilliger@utrecht.example', displayName: 'Henk Jansen', role: 'volunteer', teams: ['Team Noord'] },
      {
        email: 'vrijwilliger.zuid@utrecht.example',
        displayName: 'Fatma Yilmaz',
        role: 'volunteer',
        teams: ['Team Zuid'],
      },
      {
        email: 'teamleider@utrecht.example',
        displayName: 'Ingrid Bakker',
        role: 'team_lead',
        teams: ['Team Noord'],
        totpSecret: 'JHT5SU6GQDNDT3DR35VOJ2N2UO2SIFFS',
      },
      {
        email: 'teamleider.zuid@utrecht.example',
        displayName: 'Pieter van Dijk',
        role: 'team_lead',
        teams: ['Team Zuid'],
        totpSecret: 'OYRQ5N6XTN7FM7C6JZF6L7LTUPNFXF2K',
      },
      {
        email: 'beheerder@utrecht.example',
        displayName: 'Kees Visser',
        role: 'admin',
        teams: [],
        totpSecret: '5SAWPPZ4CGUOSQM3IW4MBVMHIZFBVY4V',
      },
    ],
  },
  {
    key: 'rotterdam',
    name: 'Naast Rotterdam-Rijnmond',
    phone: '010 200 40 60',
    email: 'info@rotterdam.example',
    teams: ['Team Centrum'],
    accounts: [
      {
        email: 'ondersteuner@rotterdam.example',
        displayName: 'Lotte Smit',
        role: 'supporter',
        teams: ['Team Centrum'],
      },
      {
        email: 'vrijwilliger@rotterdam.example',
        displayName: 'Ahmet Kaya',
        role: 'volunteer',
        teams: ['Team Centrum'],
      },
      {
        email: 'teamleider@rotterdam.example',
        displayName: 'Marleen Mulder',
        role: 'team_lead',
        teams: ['Team Centrum'],
        totpSecret: 'LA5SYDEQBIAMKM7UUWI7KMW4VEQIWTWN',
      },
      {
        email: 'beheerder@rotterdam.example',
        displayName: 'Joost de Boer',
        role: 'admin',
        teams: [],
        totpSecret: '7YQO33GOS4IEY3D5BZXLGBO4FMIP74LM',
      },
    ],
  },
];
