import { randomBytes } from 'node:crypto';
import { encryptTotpSecret, hashPassword, loadConfig } from '@naast/api-core';
import type { Role, SecondFactorPolicy } from '@naast/contracts';
import type { DataSource } from 'typeorm';
import { present } from './present';
import { TEST_CONFIG_ENV } from './test-app';
import { TEST_TOTP_SECRET } from './totp';

export const TEST_PASSWORD = 'Correct-horse-battery-1';
// Hashing once per suite keeps user creation fast; argon2id is deliberately slow.
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

const unique = () => randomBytes(4).toString('hex');
let totpKey: Buffer | undefined;
/** The key the test app encrypts TOTP secrets with (derived from its session secret). */
const testTotpKey = () => (totpKey ??= loadConfig(TEST_CONFIG_ENV).totpKey);

export interface BuiltOrganisation {
  id: string;
  name: string;
}
export interface BuiltTeam {
  id: string;
  organisationId: string;
  name: string;
}
export interface BuiltUser {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  role: Role;
  teamIds: string[];
}

/**
 * Test organisations ask a second factor of admins and team leads only (whom buildUser enrols), so
 * suites about other things sign supporters in with a password; the product default is every role.
 */
export async function buildOrganisation(
  db: DataSource,
  overrides: Partial<{ name: string; secondFactorPolicy: SecondFactorPolicy }> = {},
): Promise<BuiltOrganisation> {
  const name = overrides.name ?? `Organisatie ${unique()}`;
  const [row] = (await db.query('INSERT INTO organisations (name, second_factor_policy) VALUES ($1, $2) RETURNING id', [
    name,
    overrides.secondFactorPolicy ?? 'admins_and_team_leads',
  ])) as {
    id: string;
  }[];
  return { id: present(row, 'the inserted organisation').id, name };
}

export async function buildTeam(
  db: DataSource,
  organisationId: string,
  overrides: Partial<{ name: string }> = {},
): Promise<BuiltTeam> {
  const name = overrides.name ?? `Team ${unique()}`;
  const [row] = (await db.query('INSERT INTO teams (organisation_id, name) VALUES ($1, $2) RETURNING id', [
    organisationId,
    name,
  ])) as {
    id: string;
  }[];
  return { id: present(row, 'the inserted team').id, organisationId, name };
}

export async function buildUser(
  db: DataSource,
  input: {
    organisationId: string;
    role: Role;
    teamIds?: string[];
    email?: string;
    displayName?: string;
    active?: boolean;
    /** Enrolled with TEST_TOTP_SECRET; by default admins and team leads, who always need a second factor. */
    totp?: boolean;
  },
): Promise<BuiltUser> {
  const email = input.email ?? `${input.role}.${unique()}@test.example`;
  const displayName = input.displayName ?? `${input.role} ${unique()}`;
  const [inserted] = (await db.query(
    'INSERT INTO users (organisation_id, email, display_name, role, password_hash, active) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [input.organisationId, email, displayName, input.role, await testPasswordHash(), input.active ?? true],
  )) as { id: string }[];
  const { id } = present(inserted, 'the inserted user');
  if (input.totp ?? (input.role === 'admin' || input.role === 'team_lead')) {
    await db.query('UPDATE users SET totp_secret = $2, totp_enrolled_at = now() WHERE id = $1', [
      id,
      encryptTotpSecret(testTotpKey(), id, TEST_TOTP_SECRET),
    ]);
  }
  const teamIds = input.teamIds ?? [];
  for (const teamId of teamIds) {
    await db.query('INSERT INTO team_memberships (team_id, user_id, organisation_id) VALUES ($1, $2, $3)', [
      teamId,
      id,
      input.organisationId,
    ]);
  }
  return { id, organisationId: input.organisationId, email, displayName, role: input.role, teamIds };
}
