import type { Role } from '@naast/contracts';

/** Shared by every demo account; printed in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Naast-demo-2026';

export interface DemoOrganisation {
  key: 'utrecht' | 'rotterdam';
  name: string;
  /** How clients reach the organisation; printed on their documents. */
  phone: string;
  email: string;
  teams: string[];
  accounts: { email: string; displayName: string; role: Role; teams: string[] }[];
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
      { email: 'teamleider@utrecht.example', displayName: 'Ingrid Bakker', role: 'team_lead', teams: ['Team Noord'] },
      {
        email: 'teamleider.zuid@utrecht.example',
        displayName: 'Pieter van Dijk',
        role: 'team_lead',
        teams: ['Team Zuid'],
      },
      { email: 'beheerder@utrecht.example', displayName: 'Kees Visser', role: 'admin', teams: [] },
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
      },
      { email: 'beheerder@rotterdam.example', displayName: 'Joost de Boer', role: 'admin', teams: [] },
    ],
  },
];
