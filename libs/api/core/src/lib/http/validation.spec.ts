import type { ValidationError } from '@nestjs/common';
import { flattenValidationErrors, requestBodyProblems } from './validation';

describe(flattenValidationErrors.name, () => {
  it('names nested fields with dotted paths and strips the repeated property name', () => {
    const errors: ValidationError[] = [
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
      {
        property: 'address',
        children: [
          { property: 'postcode', constraints: { matches: 'moet een Nederlandse postcode zijn' }, children: [] },
        ],
      },
      {
        property: 'domains',
        children: [{ property: '1', constraints: { isIn: '1 must be one of zorg, wonen' }, children: [] }],
      },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'email', reason: 'must be an email' },
      { field: 'address.postcode', reason: 'moet een Nederlandse postcode zijn' },
      { field: 'domains.1', reason: 'must be one of zorg, wonen' },
    ]);
  });
});

describe(requestBodyProblems.name, () => {
  it('refuses a body that is not an object, naming the body', () => {
    for (const body of [[], 'text', 42, null])
      expect(requestBodyProblems(body)).toEqual([{ field: 'body', reason: expect.any(String) }]);
  });

  it('names prototype keys wherever they are nested', () => {
    const body = JSON.parse('{"address":{"__proto__":{"role":"admin"}},"constructor":{}}') as unknown;
    expect(requestBodyProblems(body).map((p) => p.field)).toEqual(['address.__proto__', 'constructor']);
  });

  it('refuses nesting deeper than any request needs', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) as unknown;
    expect(requestBodyProblems(deep)).toHaveLength(1);
    expect(requestBodyProblems({ a: { b: [{ c: 1 }] } })).toEqual([]);
  });

  it('names text with a NUL character and numbers beyond what the database stores', () => {
    expect(requestBodyProblems({ summary: 'a\u0000b', goals: [{ n: 1e21 }], version: 3 })).toEqual([
      { field: 'summary', reason: expect.any(String) },
      { field: 'goals.0.n', reason: expect.any(String) },
    ]);
  });
});
