import type { CommissioningPartyKind } from './cases';

/**
 * Reach reports are aggregates with small-cell protection (see docs/reach-report.md): every count
 * is published as a band of five. `low`–`high` is the band the true count lies in: 0–0 for an
 * exact zero, 0–4 for a suppressed count ("< 5"), and 5–9, 10–14, ... above.
 */
export interface ReachCount {
  low: number;
  high: number;
  /** As shown: "0", "< 5", "5–9". */
  text: string;
}

export const SUPPRESSED_TEXT = '< 5';

/** One line of a breakdown; `key` is a code (referral source, PC4, language) or `other`/`unknown`. */
export interface ReachRow {
  key: string;
  label: string;
  count: ReachCount;
}

export interface ReachBreakdown {
  rows: ReachRow[];
  /** What the breakdown counts, e.g. "nieuwe casussen". */
  unit: string;
}

/**
 * A reporting period is one or more consecutive calendar quarters of one calendar year: periods that
 * slide across years would let overlapping reports be subtracted (docs/reach-report.md).
 */
export const MAX_REACH_QUARTERS = 4;

export interface ReachQuery {
  partyKind: CommissioningPartyKind;
  partyName: string;
  /** First day of a calendar quarter, YYYY-MM-DD. */
  from: string;
  /** Last day of a calendar quarter of the same year, YYYY-MM-DD. */
  to: string;
}

export interface ReachParty {
  kind: CommissioningPartyKind;
  name: string;
}

export interface ReachReport {
  party: ReachParty;
  period: { from: string; to: string; label: string };
  /** Cases registered in the period for this party. */
  newCases: ReachCount;
  /** Clients whose first case for this party was registered in the period. */
  newClients: ReachCount;
  /** Clients with a case registered in the period; the client breakdowns count these. */
  clientsReached: ReachCount;
  byReferralSource: ReachBreakdown;
  byMunicipality: ReachBreakdown;
  /** Postcode area: the four digits of the client's postcode (PC4). */
  byPostcodeArea: ReachBreakdown;
  byAgeBand: ReachBreakdown;
  byLanguage: ReachBreakdown;
  byInterpreterNeed: ReachBreakdown;
  byDomain: ReachBreakdown;
  /** Signals that occurred in the period on this party's cases. */
  signals: ReachCount;
  signalsByCategory: ReachBreakdown;
  signalsByFollowUp: ReachBreakdown;
  generatedAt: string;
}

export const AGE_BANDS = ['0-17', '18-26', '27-66', '67-79', '80+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, { nl: string; en: string }> = {
  '0-17': { nl: '0–17 jaar', en: '0–17 years' },
  '18-26': { nl: '18–26 jaar', en: '18–26 years' },
  '27-66': { nl: '27–66 jaar', en: '27–66 years' },
  '67-79': { nl: '67–79 jaar', en: '67–79 years' },
  '80+': { nl: '80 jaar en ouder', en: '80 and over' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
};

/** The calendar quarter a date falls in, as its first and last day. */
export function quarterOf(isoDate: string): { from: string; to: string } {
  const year = Number(isoDate.slice(0, 4));
  const quarter = Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3);
  const firstMonth = quarter * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** "2026 K1" or "2026 K1 t/m 2026 K4". */
export function reachPeriodLabel(from: string, to: string): string {
  const name = (iso: string) => `${iso.slice(0, 4)} K${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
  return name(from) === name(to) ? name(from) : `${name(from)} t/m ${name(to)}`;
}
