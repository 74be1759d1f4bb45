import { type AppConfig, encryptTotpSecret } from '@naast/api-core';
import type { EntityManager } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_SECOND_FACTOR_POLICY } from './demo-accounts';

/**
 * The demo organisations ask a second factor of admins and team leads only, and those accounts are
 * enrolled with the fixed secrets of the README, so anyone can add them to an authenticator app.
 */
export async function seedDemoSecondFactor(manager: EntityManager, config: AppConfig): Promise<{ enrolled: number }> {
  let enrolled = 0;
  for (const org of DEMO_ORGANISATIONS) {
    await manager.query('UPDATE organisations SET second_factor_policy = $2 WHERE name = $1', [
      org.name,
      DEMO_SECOND_FACTOR_POLICY,
    ]);
    for (const account of org.accounts) {
      if (!account.totpSecret) continue;
      const [user] = await manager.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [account.email]);
      if (!user) continue;
      await manager.query('UPDATE users SET totp_secret = $2, totp_enrolled_at = now() WHERE id = $1', [
        user.id,
        encryptTotpSecret(config.totpKey, user.id, account.totpSecret),
      ]);
      enrolled += 1;
    }
  }
  return { enrolled };
}
