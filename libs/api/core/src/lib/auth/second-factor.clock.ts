/** The time TOTP codes are checked against: an injectable provider so tests can step through 30-second windows. */
export interface TotpClock {
  now(): number;
}

export const TOTP_CLOCK = Symbol('TOTP_CLOCK');

export const systemTotpClock: TotpClock = { now: () => Date.now() };
