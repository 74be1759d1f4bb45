import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, FieldError } from '@naast/contracts';
import type { CoreMessages } from '../i18n/core.messages';

/** Status 0: the request never got an answer (offline, API down). */
export const NETWORK_ERROR_STATUS = 0;

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).reason === 'string'
  );
}

/** Reads any failure as the API's error body, so pages handle one shape. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (typeof body === 'object' && body !== null && 'statusCode' in body) {
      const apiError = body as ApiError;
      return {
        ...apiError,
        details: Array.isArray(apiError.details) ? apiError.details.filter(isFieldError) : undefined,
      };
    }
    return { statusCode: error.status, error: error.statusText, message: error.message };
  }
  return { statusCode: -1, error: 'Error', message: error instanceof Error ? error.message : String(error) };
}

/** The current state of the resource a 409 carries, typed by the caller who knows the resource. */
export function conflictCurrent<T>(error: ApiError): T | null {
  return error.statusCode === 409 && error.current !== undefined && error.current !== null
    ? (error.current as T)
    : null;
}

/** A sentence for the user about a failed request, in the language of the given messages. */
export function describeApiError(error: ApiError, texts: CoreMessages['errors']): string {
  if (error.statusCode <= NETWORK_ERROR_STATUS) {
    return texts.network;
  }
  switch (error.statusCode) {
    case 400:
      return texts.badRequest;
    case 403:
      return texts.forbidden;
    case 404:
      return texts.notFound;
    case 409:
      return texts.conflict;
    default:
      return texts.server;
  }
}
