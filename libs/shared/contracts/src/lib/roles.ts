/** Every user has exactly one role. */
export const ROLES = ['supporter', 'volunteer', 'team_lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  supporter: { nl: 'Cliëntondersteuner', en: 'Client supporter' },
  volunteer: { nl: 'Vrijwillig cliëntondersteuner', en: 'Volunteer supporter' },
  team_lead: { nl: 'Teamleider', en: 'Team lead' },
  admin: { nl: 'Functioneel beheerder', en: 'Administrator' },
};

/** Roles that may read client content at all (an admin never does). */
export const CLIENT_CONTENT_ROLES: readonly Role[] = ['supporter', 'volunteer', 'team_lead'];
