import { CASELOAD_WEIGHT, DOMAINS, REFERRAL_SOURCE_LABELS, caseWeight, type CaseloadReview } from '@naast/contracts';
import type { ChartFigure } from '../chart-figure/chart-figure';
import type { CaseloadReviewMessages } from '../caseload-review.messages';

type Language = 'nl' | 'en';

/** "2025-11" as "nov. 2025" in the user's language. */
export function monthLabel(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(
    new Date(year, monthNumber - 1, 1),
  );
}

/** The weight rule in words, with the numbers from `CASELOAD_WEIGHT` itself so text and figure never disagree. */
export function weightExplanation(text: CaseloadReviewMessages, format: (n: number) => string): string {
  return text.weightExplained(
    format(CASELOAD_WEIGHT.base),
    format(CASELOAD_WEIGHT.perExtraDomain),
    format(caseWeight(3)),
  );
}

/** The review's charts: first contact over 12 months, domain mix, referral sources and volunteer hours. */
export function reviewFigures(
  review: CaseloadReview,
  text: CaseloadReviewMessages,
  language: Language,
  locale: string,
): ChartFigure[] {
  const decimal = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const sortedDomains = [...review.domainMix].sort((a, b) => b.count - a.count);
  const sortedSources = [...review.referralSources].sort((a, b) => b.count - a.count);
  return [
    {
      id: 'first-contact',
      title: text.firstContact,
      categoryHeader: text.monthColumn,
      categories: review.firstContact.map((month) => monthLabel(month.month, locale)),
      series: [
        { label: text.firstContacts, values: review.firstContact.map((month) => month.cases) },
        {
          label: text.medianFirstContact,
          values: review.firstContact.map((month) => month.medianDays),
          format: (value) => decimal(value),
        },
      ],
      horizontal: false,
    },
    {
      id: 'domain-mix',
      title: text.domainMix,
      categoryHeader: text.domain,
      categories: sortedDomains.map((entry) => DOMAINS.find((d) => d.code === entry.key)?.[language] ?? entry.key),
      series: [{ label: text.cases, values: sortedDomains.map((entry) => entry.count) }],
      horizontal: true,
    },
    {
      id: 'referral-sources',
      title: text.referralSources,
      categoryHeader: text.referralSource,
      categories: sortedSources.map((entry) => REFERRAL_SOURCE_LABELS[entry.key][language]),
      series: [{ label: text.cases, values: sortedSources.map((entry) => entry.count) }],
      horizontal: true,
    },
    {
      id: 'volunteer-hours',
      title: text.volunteerHours,
      categoryHeader: text.volunteer,
      categories: review.volunteerHours.map((entry) => entry.volunteer.displayName),
      series: [
        {
          label: text.hours,
          values: review.volunteerHours.map((entry) => Math.round((entry.minutes / 60) * 10) / 10),
          format: (value) => decimal(value),
        },
        { label: text.visits, values: review.volunteerHours.map((entry) => entry.visits) },
      ],
      horizontal: true,
    },
  ];
}
