import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  DOMAINS,
  TIMELINE_KINDS,
  TIMELINE_KIND_LABELS,
  type DomainCode,
  type TimelineEntry,
  type TimelineKind,
  type TimelineQuery,
} from '@naast/contracts';
import { AcknowledgeReportComponent } from '../acknowledge-report/acknowledge-report.component';
import { WORKSPACE_UI_MESSAGES, type UiLanguage } from '../workspace-ui.messages';
import { timelineRows } from './case-timeline';

/** What the page does when a report is acknowledged from the timeline. */
export interface TimelineAcknowledgement {
  visitId: string;
  comment: string | null;
}

let nextId = 0;

/**
 * Everything that happened on a case, newest first, filterable by kind and domain. The page loads
 * the entries (filters go out as `filterChange`) and acknowledges reports (`acknowledge`).
 */
@Component({
  selector: 'naast-case-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, AcknowledgeReportComponent],
  templateUrl: './case-timeline.component.html',
  styleUrl: './case-timeline.component.scss',
})
export class CaseTimelineComponent {
  readonly entries = input<readonly TimelineEntry[]>([]);
  readonly language = input<UiLanguage>('nl');
  readonly loading = input(false);
  readonly loaded = input(false);
  readonly error = input<string | null>(null);
  /** The reader may acknowledge volunteers' reports on this case. */
  readonly canAcknowledge = input(false);
  readonly acknowledging = input<string | null>(null);
  readonly acknowledgeError = input<string | null>(null);

  readonly filterChange = output<TimelineQuery>();
  readonly acknowledge = output<TimelineAcknowledgement>();

  protected readonly id = `timeline-${nextId++}`;
  protected readonly text = computed(() => WORKSPACE_UI_MESSAGES[this.language()].timeline);
  protected readonly kinds = signal<TimelineKind[]>([]);
  protected readonly domain = signal<DomainCode | ''>('');
  protected readonly kindOptions = computed(() =>
    TIMELINE_KINDS.map((kind) => ({ value: kind, label: TIMELINE_KIND_LABELS[kind][this.language()] })),
  );
  protected readonly domainOptions = computed(() =>
    DOMAINS.map((domain) => ({ value: domain.code, label: domain[this.language()] })),
  );
  protected readonly rows = computed(() => timelineRows(this.entries(), this.language()));
  protected readonly filtered = computed(() => this.kinds().length > 0 || this.domain() !== '');

  protected toggleKind(kind: TimelineKind, checked: boolean): void {
    this.kinds.update((kinds) => (checked ? [...kinds, kind] : kinds.filter((k) => k !== kind)));
    this.emitFilters();
  }

  protected chooseDomain(value: string): void {
    this.domain.set(value as DomainCode | '');
    this.emitFilters();
  }

  protected clearFilters(): void {
    this.kinds.set([]);
    this.domain.set('');
    this.emitFilters();
  }

  protected acknowledgeReport(visitId: string, comment: string | null): void {
    this.acknowledge.emit({ visitId, comment });
  }

  private emitFilters(): void {
    const domain = this.domain();
    this.filterChange.emit({
      kind: TIMELINE_KINDS.filter((kind) => this.kinds().includes(kind)),
      domain: domain ? [domain] : [],
    });
  }
}
