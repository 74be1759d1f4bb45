import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { TOTP_DIGITS } from '@naast/contracts';

/** 30-second steps, six digits, SHA-1: what every authenticator app understands. */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Naast';
const FORMAT = 'v1';

/**
 * AES-256-GCM with the user id as associated data, so a secret copied to another user's row
 * does not decrypt. Stored as `v1:<base64 iv | tag | ciphertext>`.
 */
export function encryptTotpSecret(key: Buffer, userId: string, base32Secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(base32Secret, 'utf8'), cipher.final()]);
  return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function decryptTotpSecret(key: Buffer, userId: string, stored: string): string {
  const [format, payload] = stored.split(':');
  if (format !== FORMAT || !payload) throw new Error('Unknown TOTP secret format');
  const raw = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** A new 160-bit secret, base32 (RFC 4226's recommended length). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(base32Secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32Secret),
  });
}

export function totpStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The step a code belongs to, accepting one step either side for clock drift; null when it matches none.
 */
export function matchingTotpStep(base32Secret: string, code: string, nowMs: number): number | null {
  const delta = totpFor(base32Secret, 'x').validate({ token: code, timestamp: nowMs, window: 1 });
  return delta === null ? null : totpStep(nowMs) + delta;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** `xxxx-xxxx-xxxx-xxxx` from a 31-character alphabet without look-alikes: about 79 bits each. */
export function newRecoveryCode(): string {
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  while (chars.length < 16) {
    for (const byte of randomBytes(32)) {
      if (byte < 248 && chars.length < 16) chars.push(RECOVERY_ALPHABET[byte % 31] as string);
    }
  }
  return [0, 4, 8, 12].map((at) => chars.slice(at, at + 4).join('')).join('-');
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** A fast hash suffices: the codes are random with about 79 bits, not chosen by people. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}
