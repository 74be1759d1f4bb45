/** How much data `seed:scale` generates; `full` is the national-scale target of the benchmarks. */
export interface Scale {
  organisations: number;
  teamsPerOrganisation: number;
  supportersPerTeam: number;
  volunteersPerTeam: number;
  users: number;
  clients: number;
  cases: number;
  visits: number;
}

const NAMED_SIZES: Record<string, number> = { full: 1, large: 0.25, medium: 0.05, small: 0.005 };

/**
 * Full size: 20 organisations × 4 teams × (1 team lead + 20 supporters + 4 volunteers) + an admin each
 * (2,020 users), 200,000 clients, 1,000,000 cases, 3,000,000 visits. Smaller sizes keep the team shape,
 * so per-team figures (a team lead's caseload) stay comparable, and shrink organisations and case work.
 */
export function scaleFromSize(size: string | undefined): Scale {
  const factor = NAMED_SIZES[size ?? 'medium'] ?? Number(size);
  if (!Number.isFinite(factor) || factor <= 0 || factor > 4) {
    throw new Error(
      `--size must be one of ${Object.keys(NAMED_SIZES).join(', ')} or a factor in (0, 4]; got "${size}"`,
    );
  }
  const organisations = Math.min(20, Math.max(2, Math.round(20 * factor)));
  const teamsPerOrganisation = 4;
  const supportersPerTeam = 20;
  const volunteersPerTeam = 4;
  const clients = Math.max(200, Math.round(200_000 * factor));
  return {
    organisations,
    teamsPerOrganisation,
    supportersPerTeam,
    volunteersPerTeam,
    users: organisations * (teamsPerOrganisation * (1 + supportersPerTeam + volunteersPerTeam) + 1),
    clients,
    cases: clients * 5,
    visits: clients * 15,
  };
}
