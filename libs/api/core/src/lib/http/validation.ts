import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@naast/contracts';
import { FieldValidationException } from './api-exceptions';

/** Flattens class-validator's tree into dotted field paths (`address.postcode`, `domains.1`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field,
      // class-validator prefixes the property name; the field is already named.
      reason: reason.startsWith(`${error.property} `) ? reason.slice(error.property.length + 1) : reason,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Keys that reach object prototypes (and make class-transformer throw): refused wherever they appear. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any request of ours; deeper input would only exhaust the stack of recursive transformers. */
const MAX_DEPTH = 16;

/** Every number the API stores is a PostgreSQL integer; a larger one would fail in SQL instead of naming its field. */
const MAX_STORED_INTEGER = 2_147_483_647;

function shapeProblems(value: unknown, parent: string, depth: number): FieldError[] {
  const field = parent || 'body';
  // PostgreSQL text cannot hold U+0000.
  if (typeof value === 'string')
    return value.includes('\u0000') ? [{ field, reason: 'bevat een ongeldig teken (NUL)' }] : [];
  if (typeof value === 'number')
    return Math.abs(value) > MAX_STORED_INTEGER ? [{ field, reason: `mag hoogstens ${MAX_STORED_INTEGER} zijn` }] : [];
  if (value === null || typeof value !== 'object') return [];
  if (depth > MAX_DEPTH) return [{ field: parent, reason: `is dieper genest dan ${MAX_DEPTH} niveaus` }];
  return Object.keys(value).flatMap((key) => {
    const field = parent ? `${parent}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return [{ field, reason: 'is geen toegestane veldnaam' }];
    return shapeProblems((value as Record<string, unknown>)[key], field, depth + 1);
  });
}

/**
 * Checks a JSON body before any transformation: it must be an object, not too deeply nested, free of
 * prototype keys, NUL characters and numbers no column can hold. Returns the problems, each naming
 * its field (`body` for the whole).
 */
export function requestBodyProblems(body: unknown): FieldError[] {
  if (body === undefined) return [];
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return [{ field: 'body', reason: 'moet een JSON-object zijn' }];
  return shapeProblems(body, '', 1);
}

const PRIMITIVES: unknown[] = [String, Number, Boolean, Array, Object];

/** The global pipe: refuses malformed shapes before class-transformer sees them, then validates the DTO. */
class NaastValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const typed = metadata.metatype !== undefined && !PRIMITIVES.includes(metadata.metatype);
    if (typed && (metadata.type === 'body' || metadata.type === 'query')) {
      const problems = requestBodyProblems(value);
      if (problems.length > 0) throw new FieldValidationException(problems);
      // No JSON body (none sent, or another media type): validate as empty, so the missing fields are named.
      if (value === undefined) return super.transform({}, metadata);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelist, refuse unknown fields, transform to DTO classes; every failure names its field. */
export function createValidationPipe(): ValidationPipe {
  return new NaastValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new FieldValidationException(flattenValidationErrors(errors)),
  });
}

/**
 * For a route whose fields are all optional: a body of another media type (a form, XML) would reach
 * the DTO as empty and pass, so it is refused instead. No body at all is fine.
 */
export function assertJsonMediaType(contentType: string | undefined): void {
  if (contentType && !/^application\/json\s*(;|$)/i.test(contentType.trim()))
    throw new FieldValidationException([{ field: 'body', reason: 'moet JSON zijn (Content-Type: application/json)' }]);
}
