import { Validators } from '@angular/forms';

/** A code from the authenticator app as people type it: six digits, perhaps split as "123 456". */
export const AUTHENTICATOR_CODE_VALIDATORS = [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)];

/** The six digits alone, as the API expects them. */
export const authenticatorCode = (typed: string): string => typed.replace(/\s/g, '');
