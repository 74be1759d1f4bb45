import { conflictRows, type ConflictField } from './conflict-rows';

interface Contact {
  phone: string | null;
  city: string;
  needs: string[];
  people: { name: string }[];
}

const fields: ConflictField<Contact>[] = [
  { label: 'Telefoon', value: (c) => c.phone, show: (c) => c.phone ?? 'Onbekend' },
  { label: 'Plaats', value: (c) => c.city, show: (c) => c.city },
  { label: 'Toegankelijkheid', value: (c) => c.needs, show: (c) => c.needs.join(', ') || 'Geen' },
  { label: 'Vertegenwoordigers', value: (c) => c.people, show: (c) => c.people.map((p) => p.name).join(', ') },
];

const base: Contact = { phone: '030 123 4567', city: 'Utrecht', needs: ['visual', 'hearing'], people: [] };

describe('conflictRows', () => {
  it('shows what the user changed next to what is saved, and what only someone else changed as untouched', () => {
    const mine = { ...base, phone: '06 1234 5678' };
    const saved = { ...base, phone: null, city: 'Zeist' };

    expect(conflictRows(base, mine, saved, fields)).toEqual([
      { label: 'Telefoon', saved: 'Onbekend', mine: '06 1234 5678' },
      { label: 'Plaats', saved: 'Zeist', mine: null },
    ]);
  });

  it('leaves out what nobody changed and what both changed to the same value', () => {
    const mine = { ...base, city: 'Zeist' };
    const saved = { ...base, city: 'Zeist' };

    expect(conflictRows(base, mine, saved, fields)).toEqual([]);
  });

  it('reads a list of codes as a set, but a list of things in its order', () => {
    const mine = { ...base, needs: ['hearing', 'visual'], people: [{ name: 'A' }, { name: 'B' }] };
    const saved = { ...base, people: [{ name: 'B' }, { name: 'A' }] };
    const start = { ...base, people: [{ name: 'A' }, { name: 'B' }] };

    expect(conflictRows(start, mine, saved, fields)).toEqual([
      { label: 'Vertegenwoordigers', saved: 'B, A', mine: null },
    ]);
  });
});
