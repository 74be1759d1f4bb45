import type { MessageCatalog } from '@naast/web-core';

const nl = {
  title: 'Beheer',
  intro: 'Gebruikers en teams van je organisatie. Als beheerder zie je geen cliëntgegevens.',
  users: 'Gebruikers',
  teams: 'Teams',
  name: 'Naam',
  email: 'E-mailadres',
  role: 'Rol',
  memberOf: 'Teams',
  status: 'Status',
  active: 'Actief',
  inactive: 'Geblokkeerd',
  lastLogin: 'Laatst ingelogd',
  never: 'Nooit',
  team: 'Team',
  members: 'Leden',
  noUsers: 'Er zijn nog geen gebruikers.',
  noTeams: 'Er zijn nog geen teams.',
};

export type AdminMessages = typeof nl;

const en: AdminMessages = {
  title: 'Administration',
  intro: 'Users and teams of your organisation. As an administrator you do not see client data.',
  users: 'Users',
  teams: 'Teams',
  name: 'Name',
  email: 'Email address',
  role: 'Role',
  memberOf: 'Teams',
  status: 'Status',
  active: 'Active',
  inactive: 'Blocked',
  lastLogin: 'Last signed in',
  never: 'Never',
  team: 'Team',
  members: 'Members',
  noUsers: 'There are no users yet.',
  noTeams: 'There are no teams yet.',
};

export const ADMIN_MESSAGES: MessageCatalog<AdminMessages> = { nl, en };
