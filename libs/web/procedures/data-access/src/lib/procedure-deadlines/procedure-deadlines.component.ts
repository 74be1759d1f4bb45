import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  DEFAULT_DEADLINE_WITHIN_DAYS,
  PROCEDURE_KIND_LABELS,
  procedureStepDefinition,
  type ProcedureDeadlineItem,
  type ProcedureDeadlineScope,
} from '@naast/contracts';
import { I18n, caseUrl } from '@naast/web-core';
import { firstValueFrom } from 'rxjs';
import { ProceduresApiService } from '../procedures-api.service';
import { PROCEDURES_MESSAGES } from '../procedures.messages';

let nextWidgetId = 0;

interface DeadlineRow {
  item: ProcedureDeadlineItem;
  link: string;
  what: string;
  when: string;
}

/**
 * Procedure deadlines across cases, for a start page or a team review:
 * `<naast-procedure-deadlines scope="mine" />` or `<naast-procedure-deadlines scope="team" [teamId]="…" />`.
 * Passed and near deadlines are marked in words.
 */
@Component({
  selector: 'naast-procedure-deadlines',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @let t = text();
    <section class="deadlines" [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId">{{ t.widgetTitle }}</h2>
      @if (failed()) {
        <p class="alert" role="alert">{{ t.widgetLoadFailed }}</p>
      } @else if (rows(); as list) {
        <ul>
          @for (row of list; track row.item.procedureId + row.item.step) {
            <li [class.warning]="row.item.status !== 'upcoming'" [attr.data-status]="row.item.status">
              <a [routerLink]="row.link">{{ row.item.client.displayName }}</a>
              <span class="what">{{ row.what }}</span>
              <span class="when">
                @if (row.item.status !== 'upcoming') {
                  <span aria-hidden="true">⚠ </span>
                }
                {{ row.when }}
              </span>
              @if (scope() === 'team') {
                <span class="who">{{ row.item.leadSupporter.displayName }}</span>
              }
            </li>
          } @empty {
            <li class="empty">{{ t.widgetEmpty }}</li>
          }
        </ul>
      } @else {
        <p role="status">{{ t.loading }}</p>
      }
    </section>
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      display: flex;
      flex-direction: column;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li.warning {
      border-inline-start: 4px solid var(--mat-sys-error);
      padding-inline-start: 8px;
    }
    li.warning .when,
    .alert {
      font-weight: 600;
      color: var(--mat-sys-error);
    }
    .what,
    .who {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ProcedureDeadlinesComponent {
  readonly scope = input<ProcedureDeadlineScope>('mine');
  readonly teamId = input<string | null>(null);
  readonly within = input(DEFAULT_DEADLINE_WITHIN_DAYS);

  private readonly api = inject(ProceduresApiService);
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(PROCEDURES_MESSAGES);
  protected readonly headingId = `procedure-deadlines-${nextWidgetId++}`;
  private readonly items = signal<ProcedureDeadlineItem[] | null>(null);
  protected readonly failed = signal(false);

  protected readonly rows = computed<DeadlineRow[] | null>(() => {
    const items = this.items();
    if (!items) return null;
    const t = this.text();
    const language = this.i18n.language();
    return items.map((item) => {
      const definition = procedureStepDefinition(item.procedureKind, item.step);
      const step = definition?.deadlineLabel?.[language] ?? definition?.label[language] ?? item.step;
      const date = this.i18n.formatDate(item.date, 'longDate');
      const when =
        item.status === 'passed'
          ? t.passed(date, -item.daysLeft)
          : item.status === 'due_soon'
            ? t.dueSoon(date, item.daysLeft)
            : t.dueIn(date, item.daysLeft);
      return {
        item,
        link: caseUrl(item.caseId),
        what: `${PROCEDURE_KIND_LABELS[item.procedureKind][language]}: ${step}`,
        when,
      };
    });
  });

  constructor() {
    effect(() => {
      const query = { scope: this.scope(), teamId: this.teamId() ?? undefined, within: this.within() };
      untracked(() => void this.load(query));
    });
  }

  private async load(query: { scope: ProcedureDeadlineScope; teamId?: string; within: number }): Promise<void> {
    this.failed.set(false);
    try {
      this.items.set((await firstValueFrom(this.api.deadlines(query))).items);
    } catch {
      this.failed.set(true);
    }
  }
}
