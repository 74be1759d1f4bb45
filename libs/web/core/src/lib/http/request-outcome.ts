import type { ApiError } from '@naast/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { toApiError } from './api-error';

/** The answer to a write: the saved resource, or the API's error to show next to the form. */
export type RequestOutcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Awaits one answer and never rejects, so callers branch on `ok` instead of try/catch. */
export function requestOutcome<T>(request: Observable<T>): Promise<RequestOutcome<T>> {
  return firstValueFrom(request).then(
    (value): RequestOutcome<T> => ({ ok: true, value }),
    (error: unknown): RequestOutcome<T> => ({ ok: false, error: toApiError(error) }),
  );
}
