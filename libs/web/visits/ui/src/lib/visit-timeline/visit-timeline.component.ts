import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { DOMAINS, VISIT_MODE_LABELS, type CreateVisitRequest, type VisitView } from '@naast/contracts';
import { VISITS_UI_MESSAGES, formatVisitDateTime, type UiLanguage, type VisitsUiMessages } from '../visits-ui.messages';

interface AmendmentChangeRow {
  field: string;
  before: string;
  after: string;
}

interface TimelineAmendment {
  id: string;
  heading: string;
  reason: string;
  changes: AmendmentChangeRow[];
}

interface TimelineEntry {
  visit: VisitView;
  when: string;
  mode: string;
  meta: string;
  domains: string[];
  amendments: TimelineAmendment[];
  canAmend: boolean;
}

const FIELD_LABELS: Record<UiLanguage, Record<keyof CreateVisitRequest, string>> = {
  nl: {
    occurredAt: 'Datum en tijd',
    minutes: 'Duur',
    mode: 'Soort contact',
    domains: 'Domeinen',
    summary: 'Samenvatting',
    nextSteps: 'Volgende stappen',
  },
  en: {
    occurredAt: 'Date and time',
    minutes: 'Duration',
    mode: 'Type of contact',
    domains: 'Domains',
    summary: 'Summary',
    nextSteps: 'Next steps',
  },
};

/** The contactmomenten of a case, newest first; corrections are shown as history, never hidden. */
@Component({
  selector: 'naast-visit-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  templateUrl: './visit-timeline.component.html',
  styleUrl: './visit-timeline.component.scss',
})
export class VisitTimelineComponent {
  readonly visits = input.required<readonly VisitView[]>();
  readonly language = input<UiLanguage>('nl');
  /**
   * Whether the page offers corrections now (not while one is being written). Each visit then
   * shows "Corrigeren" when the API says the reader may correct it.
   */
  readonly amendable = input(false);
  /** False until the first page answered, so "nothing recorded yet" is not said too early. */
  readonly loaded = input(true);
  /** Older contactmomenten exist beyond the ones shown. */
  readonly hasMore = input(false);
  readonly loadingMore = input(false);

  readonly amend = output<VisitView>();
  readonly loadMore = output<void>();

  protected readonly text = computed(() => VISITS_UI_MESSAGES[this.language()]);
  protected readonly entries = computed<TimelineEntry[]>(() => {
    const language = this.language();
    const text = this.text();
    const amendable = this.amendable();
    return this.visits().map((visit) => ({
      visit,
      when: formatVisitDateTime(visit.occurredAt, language),
      mode: VISIT_MODE_LABELS[visit.mode][language],
      meta: `${text.timeline.duration(visit.minutes)} · ${text.timeline.by(visit.author.displayName)}`,
      domains: visit.domains.map((code) => DOMAINS.find((d) => d.code === code)?.[language] ?? code),
      amendments: visit.amendments.map((amendment) => ({
        id: amendment.id,
        heading: text.timeline.amendedBy(
          amendment.amendedBy.displayName,
          formatVisitDateTime(amendment.amendedAt, language),
        ),
        reason: amendment.reason,
        changes: (Object.keys(amendment.changed) as (keyof CreateVisitRequest)[]).map((field) => ({
          field: FIELD_LABELS[language][field],
          before: describeValue(field, amendment.previous[field], language, text),
          after: describeValue(field, amendment.changed[field], language, text),
        })),
      })),
      canAmend: amendable && visit.permissions.amend,
    }));
  });

  protected requestAmendment(visit: VisitView): void {
    this.amend.emit(visit);
  }

  protected requestMore(): void {
    this.loadMore.emit();
  }
}

function describeValue(
  field: keyof CreateVisitRequest,
  value: unknown,
  language: UiLanguage,
  text: VisitsUiMessages,
): string {
  if (value === null || value === undefined || value === '') {
    return text.timeline.emptyValue;
  }
  switch (field) {
    case 'occurredAt':
      return formatVisitDateTime(String(value), language);
    case 'minutes':
      return text.timeline.duration(Number(value));
    case 'mode':
      return VISIT_MODE_LABELS[value as VisitView['mode']]?.[language] ?? String(value);
    case 'domains':
      return (value as string[]).map((code) => DOMAINS.find((d) => d.code === code)?.[language] ?? code).join(', ');
    case 'summary':
    case 'nextSteps':
      return String(value);
  }
}
