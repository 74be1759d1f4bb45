/**
 * Bad input, generated from the API's own OpenAPI document: for one operation and a valid request,
 * fast-check arbitraries that break one thing at a time (a body field, a query or path parameter, or
 * the body as a whole) and say whether the document makes the result certainly invalid, and which
 * field the answer must then name.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { type CursorValue, encodeCursor } from '@naast/api-core';
import type { RawRequest } from '../support';
import type { OpenApiDocument, OpenApiOperation, SchemaObject } from './route-inventory';

export interface BaseRequest {
  method: string;
  /** OpenAPI path template, e.g. `/api/cases/{id}`. */
  template: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body?: Record<string, unknown>;
}

export interface BadRequest {
  request: RawRequest;
  /** What was broken, for the report. */
  kind: string;
  /** The field the answer must name when `invalid`. `*` accepts any named field. */
  field: string;
  /** By the OpenAPI document the request cannot be valid: it must be refused with 400/404/413/422. */
  invalid: boolean;
}

/** Above the API's 256 kB JSON limit. */
const OVERSIZED_CHARS = 300 * 1024;
const MAX_QUERY_VALUE = 6000;

/** A repeated query key keeps as many values as fit MAX_QUERY_VALUE, for the same 16 kB reason. */
function withinQueryLimit(name: string, values: string[]): string[] {
  let length = 0;
  return values.filter((value) => (length += name.length + encodeURIComponent(value).length + 2) <= MAX_QUERY_VALUE);
}
const REMOVE = Symbol('remove');
type Value = unknown | typeof REMOVE;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isDateField = (s: SchemaObject) =>
  s.format === 'date' || (typeof s.example === 'string' && ISO_DATE.test(s.example));
const isInstantField = (s: SchemaObject) =>
  s.format === 'date-time' || (typeof s.example === 'string' && INSTANT.test(s.example));

export function resolveSchema(doc: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolveSchema(doc, doc.components?.schemas?.[name]);
  }
  if (schema.allOf?.length) {
    const merged = schema.allOf.map((part) => resolveSchema(doc, part)).reduce((a, b) => ({ ...a, ...b }), {});
    const { allOf: _allOf, ...rest } = schema;
    return { ...merged, ...rest, type: merged.type ?? rest.type };
  }
  return schema;
}

/** Why `value` breaks `schema` by the document, or null when the document allows it. */
export function violation(doc: OpenApiDocument, raw: SchemaObject, value: Value, required: boolean): string | null {
  const schema = resolveSchema(doc, raw);
  if (value === REMOVE || value === undefined) return required ? 'missing' : null;
  if (value === null) return required && !schema.nullable ? 'null' : null;
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'string': {
      if (typeof value !== 'string') return 'type';
      if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return 'maxLength';
      if (schema.minLength !== undefined && [...value].length < schema.minLength) return 'minLength';
      if (schema.enum && !schema.enum.includes(value)) return 'enum';
      if (schema.format === 'uuid' && !UUID.test(value)) return 'uuid';
      if (schema.pattern && !new RegExp(schema.pattern).test(value)) return 'pattern';
      if (isDateField(schema)) {
        const m = ISO_DATE.exec(value);
        if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return 'date';
      }
      if (isInstantField(schema)) {
        const m = INSTANT.exec(value);
        if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return 'date-time';
      }
      return null;
    }
    case 'number':
    case 'integer': {
      if (typeof value !== 'number') return 'type';
      if (type === 'integer' && !Number.isInteger(value)) return 'integer';
      if (schema.minimum !== undefined && value < schema.minimum) return 'minimum';
      if (schema.maximum !== undefined && value > schema.maximum) return 'maximum';
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'type';
    case 'array': {
      if (!Array.isArray(value)) return 'type';
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return 'maxItems';
      if (schema.minItems !== undefined && value.length < schema.minItems) return 'minItems';
      if (schema.items) {
        for (const item of value) if (violation(doc, schema.items, item, true)) return 'items';
      }
      return null;
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return 'type';
      const props = schema.properties ?? {};
      const keys = Object.keys(value as object);
      if (keys.some((k) => !(k in props))) return 'unknown key';
      for (const [name, child] of Object.entries(props)) {
        const v = (value as Record<string, unknown>)[name];
        if (violation(doc, child, v === undefined ? REMOVE : v, schema.required?.includes(name) ?? false))
          return `${name} invalid`;
      }
      return null;
    }
    case undefined:
    default:
      return null;
  }
}

const INJECTION = [
  "' OR '1'='1",
  "'; DROP TABLE clients; --",
  '$1',
  '%',
  '_',
  '\\',
  '"',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${7*7}',
  '{{7*7}}',
  'null',
  'undefined',
  'NaN',
  '__proto__',
];
const ODD_DATES = [
  '2026-02-30',
  '2026-02-29',
  '2025-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-1-5',
  '0000-01-01',
  '1899-12-31',
  '9999-12-31',
  '10000-01-01',
  '20261129',
  '2026-11-29T10:00:00Z',
];
const ODD_INSTANTS = [
  '2026-02-30T10:00:00+01:00',
  '2026-02-29T10:00:00Z',
  '2026-11-29T24:00:00Z',
  '2026-11-29T10:61:00Z',
  '2026-11-29T10:00:00',
  '2026-11-29',
  '+275760-09-13T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2999-01-01T00:00:00Z',
  '2026-11-29T10:00:00+25:00',
];
const ODD_NUMBERS = [
  -1,
  0,
  1,
  0.5,
  1.5,
  -0,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 53 + 2,
  1e21,
  1e308,
  -1e308,
  1440,
  1441,
  100,
  101,
];

/** Strings that are hard on text handling: Unicode, control characters, lone surrogates, NUL. */
const hardStrings: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 10,
  }),
  fc.constantFrom('a\u0000b', '\u0000', '\u202eevil', 'e\u0301', '👩‍👩‍👧', '\ud800', '\udfff', 'ℌ𝔢𝔩𝔩𝔬', '　', '\ufeff'),
  fc.constantFrom(...INJECTION),
);

/** Candidate values for a field: of every type, and near the schema's edges. */
function candidates(doc: OpenApiDocument, raw: SchemaObject): fc.Arbitrary<{ kind: string; value: Value }> {
  const schema = resolveSchema(doc, raw);
  const tag = (kind: string) => (value: Value) => ({ kind, value });
  const options: fc.Arbitrary<{ kind: string; value: Value }>[] = [
    fc.constant({ kind: 'missing', value: REMOVE }),
    fc.constant({ kind: 'null', value: null }),
    fc.constantFrom<unknown>(12345, true, false, {}, [], 'text', -1, 0).map(tag('wrong type')),
    fc.constant({ kind: 'empty', value: '' }),
    hardStrings.map(tag('hard string')),
    fc.integer({ min: 1, max: 40_000 }).map((n) => ({ kind: 'long string', value: 'x'.repeat(n) })),
    fc.constantFrom(...ODD_NUMBERS).map(tag('odd number')),
    fc.double().map(tag('double')),
    fc.constantFrom(...ODD_DATES).map(tag('odd date')),
    fc.constantFrom(...ODD_INSTANTS).map(tag('odd instant')),
    fc
      .constantFrom(
        'not-a-uuid',
        '00000000-0000-0000-0000-000000000000',
        randomUUID().toUpperCase(),
        `${randomUUID()}x`,
        `{${randomUUID()}}`,
        randomUUID(),
      )
      .map(tag('odd id')),
    fc.constant({ kind: 'proto key', value: JSON.parse('{"__proto__":{"role":"admin"}}') as unknown }),
    fc.constant({ kind: 'constructor key', value: { constructor: { prototype: { admin: true } } } }),
  ];
  if (schema.maxLength !== undefined) {
    const max = schema.maxLength;
    options.push(fc.constantFrom(max, max + 1).map((n) => ({ kind: 'boundary length', value: 'é'.repeat(n) })));
  }
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    const edges = [schema.minimum, schema.maximum]
      .filter((n): n is number => n !== undefined)
      .flatMap((n) => [n - 1, n, n + 1]);
    options.push(fc.constantFrom(...edges).map(tag('boundary number')));
  }
  if (schema.enum) options.push(fc.constantFrom(...schema.enum, 'ZORG', 'unknown').map(tag('enum')));
  if (schema.type === 'array') {
    const item = schema.items ? resolveSchema(doc, schema.items) : {};
    const sample = item.enum?.[0] ?? (item.format === 'uuid' ? randomUUID() : 'x');
    options.push(
      fc
        .constantFrom<unknown[]>(
          [],
          [null],
          [12345],
          [sample, sample],
          Array.from({ length: (schema.maxItems ?? 50) + 1 }, () => sample),
          Array.from({ length: 2000 }, () => sample),
          [[sample]],
          [{}],
        )
        .map(tag('odd array')),
    );
  }
  return fc.oneof(...options);
}

interface BodySlot {
  path: (string | number)[];
  schema: SchemaObject;
  required: boolean;
}

/** Every field of the body, nested objects and the first element of arrays of objects included. */
function bodySlots(doc: OpenApiDocument, raw: SchemaObject, base: unknown, path: (string | number)[] = []): BodySlot[] {
  const schema = resolveSchema(doc, raw);
  const props = schema.properties ?? {};
  return Object.entries(props).flatMap(([name, child]) => {
    const here = [...path, name];
    const slot = { path: here, schema: child, required: schema.required?.includes(name) ?? false };
    const resolved = resolveSchema(doc, child);
    const value = (base as Record<string, unknown> | undefined)?.[name];
    const nested: BodySlot[] = [];
    if (resolved.properties && value && typeof value === 'object' && !Array.isArray(value))
      nested.push(...bodySlots(doc, resolved, value, here));
    if (resolved.type === 'array' && Array.isArray(value) && value[0] && typeof value[0] === 'object' && resolved.items)
      nested.push(...bodySlots(doc, resolved.items, value[0], [...here, 0]));
    return [slot, ...nested];
  });
}

function setAt(body: unknown, path: (string | number)[], value: Value): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy = (Array.isArray(body) ? [...(body as unknown[])] : { ...(body as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0) {
    if (value === REMOVE) delete copy[head];
    else copy[head] = value;
  } else copy[head] = setAt(copy[head], rest, value);
  return copy;
}

function queryString(query: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function pathOf(base: BaseRequest, params: Record<string, string> = base.pathParams): string {
  return base.template.replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? '');
}

/** JSON with a key that `JSON.stringify` of a JS object could not carry (`__proto__` as an own key). */
function withRawKey(body: Record<string, unknown> | undefined, key: string, value: unknown): string {
  const inner = JSON.stringify(body ?? {});
  const entry = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  return inner === '{}' ? `{${entry}}` : `${inner.slice(0, -1)},${entry}}`;
}

const MALFORMED = [
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"a":1}}',
  "{'a':1}",
  '{"a":1,}',
  '\u0000',
  '{"a":"\\ud800"',
  '{"a":01}',
  '{"a":NaN}',
  'tru',
];

/** An operation's bad requests: all arbitraries, weighted towards the fields the operation has. */
export function badRequests(
  doc: OpenApiDocument,
  operation: OpenApiOperation,
  base: BaseRequest,
): fc.Arbitrary<BadRequest> {
  const method = base.method.toUpperCase();
  const basePath = pathOf(base) + queryString(base.query);
  const request = (over: Partial<RawRequest>): RawRequest => ({
    method,
    path: basePath,
    ...(base.body !== undefined ? { body: base.body } : {}),
    ...over,
  });
  const arbitraries: fc.WeightedArbitrary<BadRequest>[] = [];

  // One body field broken.
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  if (bodySchema && base.body) {
    const slots = bodySlots(doc, bodySchema, base.body);
    const arb = fc.constantFrom(...slots).chain((slot) =>
      candidates(doc, slot.schema).map(({ kind, value }) => {
        const body = setAt(base.body, slot.path, value);
        const field = slot.path.join('.');
        const broken = violation(doc, slot.schema, value, slot.required);
        // An unknown key inside a nested value is refused wherever it is.
        const invalid = broken !== null || kind === 'proto key' || kind === 'constructor key';
        return {
          request: request({ body }),
          kind: `body ${kind}${broken ? ` (${broken})` : ''}`,
          field,
          invalid,
        };
      }),
    );
    arbitraries.push({ arbitrary: arb, weight: 8 });
    // Keys the DTO does not have, at the top: unknown, prototype-polluting, or the server's own.
    arbitraries.push({
      arbitrary: fc
        .constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          'organisationId',
          'isAdmin',
          'unknownField',
          'role',
          'Version',
          'id ',
        )
        .map((key) => ({
          request: request({ rawBody: withRawKey(base.body, key, key === '__proto__' ? { role: 'admin' } : 'x') }),
          kind: 'body extra key',
          field: key,
          invalid: !(key in (resolveSchema(doc, bodySchema).properties ?? {})),
        })),
      weight: 2,
    });
  }

  // One query parameter broken, or one the operation does not know.
  const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
  if (queryParams.length > 0) {
    arbitraries.push({
      arbitrary: fc.constantFrom(...queryParams).chain((param) =>
        fc
          .oneof(
            candidates(doc, param.schema ?? {}).map(({ kind, value }) => ({ kind, value })),
            fc.constant({ kind: 'repeated', value: ['a', 'b'] as unknown }),
          )
          .map(({ kind, value }) => {
            const query: Record<string, string | string[]> = { ...base.query };
            if (value === REMOVE) delete query[param.name];
            else
              query[param.name] = Array.isArray(value)
                ? withinQueryLimit(
                    param.name,
                    value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
                  )
                : // Node refuses request lines over 16 kB (431) before the app sees them.
                  (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, MAX_QUERY_VALUE);
            return {
              request: request({ path: pathOf(base) + queryString(query), body: undefined }),
              kind: `query ${kind}`,
              field: param.name,
              invalid: queryViolation(doc, param.schema ?? {}, query[param.name]),
            };
          }),
      ),
      weight: 4,
    });
    arbitraries.push({
      arbitrary: fc.constantFrom('unknown', '__proto__', 'constructor', 'organisationId').map((name) => ({
        request: request({ path: pathOf(base) + queryString({ ...base.query, [name]: '1' }), body: undefined }),
        kind: 'query extra parameter',
        field: name,
        invalid: true,
      })),
      weight: 1,
    });
    arbitraries.push({
      arbitrary: fc.constantFrom(...oddCursors()).map((cursor) => ({
        request: request({ path: pathOf(base) + queryString({ ...base.query, cursor }), body: undefined }),
        kind: 'query odd cursor',
        field: 'cursor',
        invalid: false,
      })),
      weight: queryParams.some((p) => p.name === 'cursor') ? 2 : 0,
    });
  }

  // One path id odd.
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
  if (pathParams.length > 0) {
    arbitraries.push({
      arbitrary: fc.constantFrom(...pathParams).chain((param) =>
        fc
          .oneof(
            fc.constantFrom(
              'abc',
              '1',
              '-1',
              '0',
              'null',
              'undefined',
              '%00',
              '..%2F..%2Fetc',
              '%27%20OR%201%3D1--',
              '%F0%9F%91%8D',
              'a'.repeat(600),
              `${randomUUID()}x`,
              `%7B${randomUUID()}%7D`,
              '00000000-0000-0000-0000-00000000000g',
            ),
            fc.constantFrom(randomUUID(), randomUUID().toUpperCase(), '00000000-0000-0000-0000-000000000000'),
            fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => encodeURIComponent(s)),
          )
          .map((id) => ({
            request: request({
              path: pathOf(base, { ...base.pathParams, [param.name]: id }) + queryString(base.query),
            }),
            kind: 'path odd id',
            field: param.name,
            // A well-formed id (or number) of something that does not exist is a 404, not bad input.
            invalid: !(
              ['number', 'integer'].includes(resolveSchema(doc, param.schema).type ?? '') ? /^\d{1,9}$/ : UUID
            ).test(id),
          })),
      ),
      weight: 3,
    });
  }

  // The body as a whole: malformed, oversized, not an object, or of another media type.
  arbitraries.push({
    arbitrary: fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .constantFrom(...MALFORMED)
          .map((rawBody) => ({ request: request({ rawBody }), kind: 'malformed JSON', field: 'body', invalid: true })),
      },
      {
        weight: 1,
        arbitrary: fc.integer({ min: OVERSIZED_CHARS, max: OVERSIZED_CHARS + 64 * 1024 }).map((n) => ({
          request: request({ rawBody: JSON.stringify({ ...(base.body ?? {}), padding: 'x'.repeat(n) }) }),
          kind: 'oversized body',
          field: 'body',
          invalid: true,
        })),
      },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 17, max: 5000 }).map((depth) => ({
          request: request({ rawBody: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` }),
          kind: 'deeply nested body',
          field: '*',
          invalid: bodySchema !== undefined,
        })),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom('[]', '"text"', '42', 'null', 'true', '[{"a":1}]').map((rawBody) => ({
          request: request({ rawBody }),
          kind: 'body not an object',
          field: '*',
          // A route without a body ignores it.
          invalid: bodySchema !== undefined || !['[]', '[{"a":1}]'].includes(rawBody),
        })),
      },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/xml',
            'multipart/form-data; boundary=x',
          )
          .map((type) => ({
            request: request({ rawBody: 'a=1&b=2', headers: { 'content-type': type } }),
            kind: 'other media type',
            field: '*',
            invalid: bodySchema !== undefined,
          })),
      },
      {
        // Junk query parameters on a route that declares none are ignored, and must not hurt.
        weight: queryParams.length > 0 ? 1 : 6,
        arbitrary: fc
          .dictionary(fc.string({ minLength: 1, maxLength: 8 }), hardStrings, { maxKeys: 3 })
          .map((junk) => ({
            request: request({
              path: basePath + (basePath.includes('?') ? '&' : '?') + new URLSearchParams(junk).toString(),
            }),
            kind: 'junk query',
            field: '*',
            invalid: false,
          })),
      },
    ),
    weight: 2,
  });
  return fc.oneof(...arbitraries.filter((a) => a.weight > 0));
}

/** Query values are text: a number parameter must hold a decimal integer within its bounds. */
function queryViolation(doc: OpenApiDocument, raw: SchemaObject, value: string | string[] | undefined): boolean {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const [text] = values;
  if (text === undefined) return false;
  const schema = resolveSchema(doc, raw);
  if (schema.type === 'array') {
    // `?status=` is no filter at all.
    if (values.every((v) => v.trim() === '')) return false;
    const items = values.flatMap((v) => v.split(',')).map((v) => v.trim());
    return items.some((item) => violation(doc, schema.items ?? {}, item, true) !== null);
  }
  if (values.length > 1) return true;
  switch (schema.type) {
    case 'number':
    case 'integer':
      return !/^-?\d{1,9}$/.test(text) || violation(doc, schema, Number(text), true) !== null;
    case 'boolean':
      return !['true', 'false', '1', '0'].includes(text);
    case undefined:
    default:
      // An empty search text counts as absent.
      return text.trim() !== '' && violation(doc, schema, text, true) !== null;
  }
}

// Sealed with the running app's key (the app runs in this process), so odd values get past the
// seal and reach the checks behind it; the plain ones prove an unsealed cursor is refused.
const cursorOf = (values: unknown) => encodeCursor(values as CursorValue[]);
const plainCursorOf = (values: unknown) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
const oddCursors = () => [
  cursorOf(['2026-02-30T10:00:00Z', randomUUID()]),
  cursorOf(['2026-02-31', randomUUID()]),
  cursorOf(['2026-11-29T10:00:00.000000Z', 'not-a-uuid']),
  cursorOf([1e308, 'Jansen', randomUUID()]),
  cursorOf([null, 'x'.repeat(400), randomUUID()]),
  cursorOf(['+275760-09-13T00:00:00Z', randomUUID()]),
  cursorOf({ a: 1 }),
  cursorOf([]),
  cursorOf(['9999-12-31', randomUUID()]),
  cursorOf(['2026-11-29T10:00:00+14:00', randomUUID()]),
  plainCursorOf(['2026-11-29', randomUUID()]),
  'not base64!',
  '%00',
  'x'.repeat(2000),
];
