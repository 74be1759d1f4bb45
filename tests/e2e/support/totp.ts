import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;
/**
 * The server accepts each 30-second step once per account. The journeys run one after another,
 * possibly in fresh worker processes, so the last step used per account is kept in a file.
 */
const STEPS_FILE = resolve(__dirname, '../../../dist/.playwright/totp-steps.json');

function usedSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/** The code of a step no sign-in of this run has used for the account; waits for the next step if needed. */
export async function freshTotpCode(account: string, base32Secret: string): Promise<string> {
  const used = usedSteps()[account] ?? -1;
  let step = Math.floor(Date.now() / PERIOD_MS);
  if (step <= used) {
    // Wait into the next step (with a margin for the server's clock reading).
    await new Promise((done) => setTimeout(done, (used + 1) * PERIOD_MS - Date.now() + 250));
    step = Math.floor(Date.now() / PERIOD_MS);
  }
  const all = usedSteps();
  all[account] = step;
  mkdirSync(dirname(STEPS_FILE), { recursive: true });
  writeFileSync(STEPS_FILE, JSON.stringify(all));
  const totp = new TOTP({ secret: Secret.fromBase32(base32Secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: step * PERIOD_MS + 1000 });
}
