import { occurredAtProblem, oneYearBefore, visitChanges, type VisitValues } from './visit-rules';

const current: VisitValues = {
  occurredAt: '2026-11-20T09:00:00.000Z',
  minutes: 60,
  mode: 'home_visit',
  domains: ['wonen', 'zorg'],
  summary: 'Huisbezoek, gesproken over de woning.',
  nextSteps: null,
};

describe('visit rules', () => {
  describe(occurredAtProblem.name, () => {
    const now = new Date('2026-11-29T12:00:00Z');

    it('accepts a visit a few minutes ahead of the server clock', () => {
      expect(occurredAtProblem(new Date('2026-11-29T12:04:00Z'), '2026-11-01', now)).toBeNull();
    });

    it('refuses a visit in the future', () => {
      expect(occurredAtProblem(new Date('2026-11-29T12:30:00Z'), '2026-11-01', now)).toContain('toekomst');
    });

    it('refuses a visit more than a year before the registration', () => {
      expect(occurredAtProblem(new Date('2025-10-31T12:00:00Z'), '2026-11-01', now)).toContain('2025-11-01');
      expect(occurredAtProblem(new Date('2025-11-01T12:00:00Z'), '2026-11-01', now)).toBeNull();
    });
  });

  describe(oneYearBefore.name, () => {
    it('goes back one calendar year, 29 February to 28 February', () => {
      expect(oneYearBefore('2026-11-01')).toBe('2025-11-01');
      expect(oneYearBefore('2024-02-29')).toBe('2023-02-28');
    });
  });

  describe(visitChanges.name, () => {
    it('records only the fields that really change, with their earlier values', () => {
      const result = visitChanges(current, { minutes: 45, mode: 'home_visit', summary: 'Aangevuld verslag.' });
      expect(result.previous).toEqual({ minutes: 60, summary: current.summary });
      expect(result.changed).toEqual({ minutes: 45, summary: 'Aangevuld verslag.' });
    });

    it('treats the same instant in another notation and the same domains in another order as unchanged', () => {
      const result = visitChanges(current, { occurredAt: '2026-11-20T10:00:00+01:00', domains: ['zorg', 'wonen'] });
      expect(result.changed).toEqual({});
    });

    it('records clearing the next steps', () => {
      const result = visitChanges({ ...current, nextSteps: 'Bellen met UWV' }, { nextSteps: null });
      expect(result).toEqual({ previous: { nextSteps: 'Bellen met UWV' }, changed: { nextSteps: null } });
    });
  });
});
