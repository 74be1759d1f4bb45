import type { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation';

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
