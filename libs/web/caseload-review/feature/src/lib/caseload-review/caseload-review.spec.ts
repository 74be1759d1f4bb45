import { CASELOAD_WEIGHT, type CaseloadReview } from '@naast/contracts';
import { figureRows } from '../chart-figure/chart-figure';
import { CASELOAD_REVIEW_MESSAGES } from '../caseload-review.messages';
import { monthLabel, reviewFigures, weightExplanation } from './caseload-review';

const figures = {
  openCases: 0,
  newThisMonth: 0,
  closedThisMonth: 0,
  byStatus: { aangemeld: 0, intake: 0, actief: 0, afgesloten: 0 },
  visitsThisMonth: 0,
  withoutContact: 0,
  overdueActions: 0,
  weight: 0,
};

const review: CaseloadReview = {
  teams: [{ id: 't-1', name: 'Team Noord' }],
  teamId: 't-1',
  month: '2026-11',
  noContactDays: 30,
  supporters: [],
  totals: figures,
  waitingList: { count: 0, medianDays: null, longestDays: null },
  firstContact: [
    { month: '2026-10', cases: 4, medianDays: 6.5 },
    { month: '2026-11', cases: 2, medianDays: null },
  ],
  domainMix: [
    { key: 'zorg', count: 3 },
    { key: 'wonen', count: 8 },
  ],
  referralSources: [{ key: 'huisarts', count: 5 }],
  volunteerHours: [
    { volunteer: { id: 'u-3', displayName: 'Bram Visser', role: 'volunteer' }, minutes: 150, visits: 4 },
  ],
};

describe('caseload review figures', () => {
  const text = CASELOAD_REVIEW_MESSAGES.nl;

  it('explains the weight with the numbers the API computes it from', () => {
    const explanation = weightExplanation(text, (n) => String(n).replace('.', ','));
    expect(CASELOAD_WEIGHT).toEqual({ base: 1, perExtraDomain: 0.5 });
    expect(explanation).toContain('als 1, plus 0,5 voor elk domein boven het eerste');
    expect(explanation).toContain('weegt 2');
  });

  it('gives each chart the same numbers as its table, largest first where order is free', () => {
    const [firstContact, domainMix, referral, hours] = reviewFigures(review, text, 'nl', 'nl-NL');
    expect(figureRows(domainMix)).toEqual([
      { category: 'Wonen', cells: ['8'] },
      { category: 'Zorg', cells: ['3'] },
    ]);
    expect(figureRows(referral)).toEqual([{ category: 'Huisarts', cells: ['5'] }]);
    expect(figureRows(hours)).toEqual([{ category: 'Bram Visser', cells: ['2,5', '4'] }]);
    expect(figureRows(firstContact).map((row) => row.cells)).toEqual([
      ['4', '6,5'],
      ['2', '–'],
    ]);
  });

  it('names months in the reader’s language', () => {
    expect(monthLabel('2026-03', 'nl-NL')).toBe('mrt 2026');
  });
});
