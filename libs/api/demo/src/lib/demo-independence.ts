import { hashPassword } from '@naast/api-core';
import type { AffiliationKind, InvolvedPartyKind } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { DEMO_PASSWORD } from './demo-accounts';
import { insertedId } from './inserted-id';

/**
 * A supporter in Ingrid Bakker's team (Team Noord, Utrecht) with a tie to a care provider that is
 * involved in at least one case of the team: assigning him there is refused until a team lead
 * overrides it. Not in `DEMO_ORGANISATIONS`: the other journeys do not meet him.
 */
export const DEMO_TIED_SUPPORTER = {
  email: 'ondersteuner.noord@utrecht.example',
  displayName: 'Jeroen Willems',
  team: 'Team Noord',
  provider: { kind: 'zorgaanbieder' as const, name: 'Zorggroep Stad' },
};

interface DemoAffiliation {
  email: string;
  kind: AffiliationKind;
  party: { kind: InvolvedPartyKind; name: string };
  description: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

const AFFILIATIONS: DemoAffiliation[] = [
  {
    email: DEMO_TIED_SUPPORTER.email,
    kind: 'provider_tie',
    party: DEMO_TIED_SUPPORTER.provider,
    description: 'Lid van de raad van toezicht',
    validFrom: '2023-01-01',
    validUntil: null,
  },
  {
    email: DEMO_TIED_SUPPORTER.email,
    kind: 'employer',
    party: { kind: 'other', name: 'Cliëntondersteuning Utrecht' },
    description: null,
    validFrom: '2022-03-01',
    validUntil: null,
  },
  {
    email: 'ondersteuner@utrecht.example',
    kind: 'employer',
    party: { kind: 'other', name: 'Cliëntondersteuning Utrecht' },
    description: null,
    validFrom: '2019-09-01',
    validUntil: null,
  },
  {
    // Ended: no longer a tie, shown as history.
    email: 'ondersteuner.zuid@utrecht.example',
    kind: 'access_team',
    party: { kind: 'gemeente', name: 'Wmo-loket' },
    description: 'Wijkteam Zuid, tot de overstap naar cliëntondersteuning',
    validFrom: '2020-01-01',
    validUntil: '2023-12-31',
  },
  {
    email: 'vrijwilliger@utrecht.example',
    kind: 'side_job',
    party: { kind: 'woningcorporatie', name: 'Stichting Wonen Plus' },
    description: 'Huurdersvereniging, secretaris',
    validFrom: '2021-05-01',
    validUntil: null,
  },
];

/** Adds the tied supporter, the affiliations above, and the tie's provider to an open case of his team. */
export async function seedDemoIndependence(manager: EntityManager): Promise<{ affiliations: number }> {
  const [organisation] = await manager.query<{ id: string; team_id: string }[]>(
    `SELECT o.id, t.id AS team_id FROM organisations o JOIN teams t ON t.organisation_id = o.id
      WHERE o.name = 'Cliëntondersteuning Utrecht' AND t.name = $1`,
    [DEMO_TIED_SUPPORTER.team],
  );
  if (!organisation) return { affiliations: 0 };
  const supporterId = insertedId(
    await manager.query<{ id: string }[]>(
      `INSERT INTO users (organisation_id, email, display_name, role, password_hash)
       VALUES ($1, $2, $3, 'supporter', $4) RETURNING id`,
      [organisation.id, DEMO_TIED_SUPPORTER.email, DEMO_TIED_SUPPORTER.displayName, await hashPassword(DEMO_PASSWORD)],
    ),
    'tied supporter',
  );
  await manager.query('INSERT INTO team_memberships (team_id, user_id, organisation_id) VALUES ($1, $2, $3)', [
    organisation.team_id,
    supporterId,
    organisation.id,
  ]);

  const users = await manager.query<{ id: string; email: string }[]>(
    'SELECT id, email FROM users WHERE organisation_id = $1 AND email = ANY($2)',
    [organisation.id, AFFILIATIONS.map((a) => a.email)],
  );
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  let count = 0;
  for (const email of new Set(AFFILIATIONS.map((a) => a.email))) {
    const userId = idOf.get(email);
    if (!userId) continue;
    for (const a of AFFILIATIONS.filter((x) => x.email === email)) {
      await manager.query(
        `INSERT INTO user_affiliations (organisation_id, user_id, kind, party_kind, party_name, description, valid_from, valid_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [organisation.id, userId, a.kind, a.party.kind, a.party.name, a.description, a.validFrom, a.validUntil],
      );
      count++;
    }
    await manager.query(
      'INSERT INTO affiliation_declarations (user_id, organisation_id, version, updated_by_id) VALUES ($1, $2, 1, $1)',
      [userId, organisation.id],
    );
  }

  // The oldest open case of the team gets the provider as an involved party, if it does not have it yet.
  const [target] = await manager.query<{ id: string; parties: number; has_provider: boolean }[]>(
    `SELECT k.id,
            (SELECT count(*)::int FROM case_involved_parties p WHERE p.case_id = k.id) AS parties,
            EXISTS (SELECT 1 FROM case_involved_parties p WHERE p.case_id = k.id AND p.kind = $3 AND p.name = $4) AS has_provider
       FROM cases k
      WHERE k.organisation_id = $1 AND k.team_id = $2 AND k.status <> 'afgesloten'
      ORDER BY k.registered_on, k.id LIMIT 1`,
    [organisation.id, organisation.team_id, DEMO_TIED_SUPPORTER.provider.kind, DEMO_TIED_SUPPORTER.provider.name],
  );
  if (target && !target.has_provider) {
    await manager.query(
      'INSERT INTO case_involved_parties (organisation_id, case_id, position, kind, name) VALUES ($1, $2, $3, $4, $5)',
      [
        organisation.id,
        target.id,
        target.parties,
        DEMO_TIED_SUPPORTER.provider.kind,
        DEMO_TIED_SUPPORTER.provider.name,
      ],
    );
  }
  return { affiliations: count };
}
