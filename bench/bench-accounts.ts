import type { Client } from 'pg';
import { encryptTotpSecret, totpFor } from '@naast/api-core';

/**
 * Two-step verification for the generated accounts, as the demo organisations have it: required for
 * team leads and admins only, who are enrolled with one fixed secret. The server under test gets the
 * fixed key below, so the secrets stored here decrypt there. Benchmark data only.
 */
export const BENCH_TOTP_ENCRYPTION_KEY = 'bmFhc3QtYmVuY2gtdG90cC1rZXktMzItYnl0ZXMhISE=';
export const BENCH_TOTP_SECRET = 'NBSWY3DPEB3W64TMMQQHIZLBNUQGYZLB';

/**
 * Sets the policy and enrols every team lead and admin that is not yet enrolled (idempotent), and
 * forgets the last code each used, so a run right after another may sign in again.
 */
export async function prepareBenchAccounts(db: Client): Promise<void> {
  const key = Buffer.from(BENCH_TOTP_ENCRYPTION_KEY, 'base64');
  await db.query(
    "UPDATE organisations SET second_factor_policy = 'admins_and_team_leads' WHERE second_factor_policy <> 'admins_and_team_leads'",
  );
  const { rows } = await db.query<{ id: string }>(
    "SELECT id FROM users WHERE role IN ('team_lead', 'admin') AND totp_enrolled_at IS NULL",
  );
  for (const { id } of rows) {
    await db.query('UPDATE users SET totp_secret = $2, totp_enrolled_at = now() WHERE id = $1', [
      id,
      encryptTotpSecret(key, id, BENCH_TOTP_SECRET),
    ]);
  }
  await db.query("UPDATE users SET totp_last_step = NULL WHERE role IN ('team_lead', 'admin')");
}

/** The current code of the bench secret. */
export function benchTotpCode(): string {
  return totpFor(BENCH_TOTP_SECRET, 'bench').generate();
}
