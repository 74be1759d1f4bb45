/** One invalid field: `field` is a dotted path into the request (`address.postcode`, `domains[1]`). */
export interface FieldError {
  field: string;
  reason: string;
}

/** The body of every error answer of the API. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldError[];
  /** A machine-readable reason where one status covers several (`independence_conflict`). */
  code?: string;
  /** On 409 Conflict: the current state of the resource, so the client can show what changed. */
  current?: unknown;
}
