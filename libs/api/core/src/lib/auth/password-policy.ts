import { type FieldError, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@naast/contracts';
import { FieldValidationException } from '../http/api-exceptions';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data';

/**
 * The one password policy (NIST SP 800-63B, OWASP): 12 to 128 characters, no composition rules,
 * and not one of the most common passwords. Applies wherever a password is chosen.
 */
let common: ReadonlySet<string> | undefined;

function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n'));
  return common;
}

/** Whether the password is on the bundled list; the list is compared case-insensitively. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** The number of passwords on the bundled list. */
export function commonPasswordCount(): number {
  return commonPasswords().size;
}

/** Why the password is refused, in the field's words, or null when it is acceptable. */
export function passwordProblem(field: string, password: unknown): FieldError | null {
  if (typeof password !== 'string') return { field, reason: 'moet een tekst zijn' };
  // Code points, so a password of emoji or accented letters counts as people count it.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { field, reason: `moet minstens ${PASSWORD_MIN_LENGTH} tekens lang zijn` };
  if (length > PASSWORD_MAX_LENGTH) return { field, reason: `mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn` };
  if (isCommonPassword(password))
    return { field, reason: 'staat op de lijst van veelgebruikte wachtwoorden; kies een ander wachtwoord' };
  return null;
}

/** 400 naming the field when the password breaks the policy. */
export function assertPasswordAllowed(field: string, password: unknown): void {
  const problem = passwordProblem(field, password);
  if (problem) throw new FieldValidationException([problem]);
}
