import { REMOVED_TEXT } from './anonymisation-registry';
import { scrubJson } from './scrub-json';

describe(scrubJson.name, () => {
  it('replaces written text and keeps ids, dates, codes, numbers and the shape', () => {
    const snapshot = {
      goals: [
        {
          id: '4b0e2a57-3f0c-4a7e-9a55-0d1f6b1c2e3a',
          title: 'Schulden van Mevrouw Jansen regelen',
          status: 'open',
          domains: ['financien', 'werk_en_dagbesteding'],
          position: 2,
          done: false,
          dueOn: '2026-03-01',
          note: null,
        },
      ],
      fixedAt: '2026-03-01T10:00:00.000Z',
      owner: 'Jan',
    };
    expect(scrubJson(snapshot)).toEqual({
      goals: [
        {
          id: '4b0e2a57-3f0c-4a7e-9a55-0d1f6b1c2e3a',
          title: REMOVED_TEXT,
          status: 'open',
          domains: ['financien', 'werk_en_dagbesteding'],
          position: 2,
          done: false,
          dueOn: '2026-03-01',
          note: null,
        },
      ],
      fixedAt: '2026-03-01T10:00:00.000Z',
      owner: REMOVED_TEXT,
    });
  });

  it('replaces a phone number, an e-mail address and a postcode', () => {
    expect(scrubJson(['06-12345678', 'a@b.nl', '3511 AB'])).toEqual([REMOVED_TEXT, REMOVED_TEXT, REMOVED_TEXT]);
  });
});
