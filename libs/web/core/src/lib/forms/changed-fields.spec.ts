import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('keeps only the fields whose value differs, deep and with null and undefined alike', () => {
    interface Contact {
      phone: string;
      email?: string | null;
      address: { city: string };
      needs: string[];
    }
    const base: Contact = { phone: '030 123 4567', email: null, address: { city: 'Utrecht' }, needs: ['visual'] };
    const edited: Contact = {
      phone: '06 1234 5678',
      email: undefined,
      address: { city: 'Utrecht' },
      needs: ['visual', 'hearing'],
    };

    expect(changedFields(edited, base)).toEqual({ phone: '06 1234 5678', needs: ['visual', 'hearing'] });
  });

  it('finds nothing when nothing changed', () => {
    expect(changedFields({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toEqual({});
  });
});
