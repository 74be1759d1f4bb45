import { type TotpClock, totpFor, TOTP_PERIOD_SECONDS } from '@naast/api-core';
import { DEMO_ORGANISATIONS } from '@naast/api-demo';

/** The secret the factories enrol admins and team leads with. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * The time the in-process app checks TOTP codes against, shared with the test clients: every
 * sign-in moves it one 30-second step on, so a suite can sign the same user in many times a
 * second without a code being refused as reused — and a test can hold it still to prove that it is.
 */
export class SteppingTotpClock implements TotpClock {
  private at = Date.now();

  now(): number {
    return this.at;
  }

  /** Moves on one step and returns the code of that step. */
  nextCode(secret: string = TEST_TOTP_SECRET): string {
    this.at += TOTP_PERIOD_SECONDS * 1000;
    return this.code(secret);
  }

  /** The code of the current step, without moving on. */
  code(secret: string = TEST_TOTP_SECRET): string {
    return totpFor(secret, 'test').generate({ timestamp: this.at });
  }

  /** Moves by whole steps (negative: back), e.g. to try a code from an earlier step. */
  advance(steps: number): void {
    this.at += steps * TOTP_PERIOD_SECONDS * 1000;
  }
}

/** One clock per test file (jest isolates modules per file): the app and its clients share it. */
export const testTotpClock = new SteppingTotpClock();

/** Secrets of users the clients enrolled themselves (a user who had to enrol at first sign-in). */
export const enrolledSecrets = new Map<string, string>();

/** The demo admins and team leads come enrolled with the README's secrets. */
const DEMO_SECRETS = new Map(
  DEMO_ORGANISATIONS.flatMap((org) => org.accounts).flatMap((a) => (a.totpSecret ? [[a.email, a.totpSecret]] : [])),
);

export function secretOf(email: string): string {
  const key = email.toLowerCase();
  return enrolledSecrets.get(key) ?? DEMO_SECRETS.get(key) ?? TEST_TOTP_SECRET;
}
