import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import type { PlanDiff } from '@naast/contracts';
import { PLANS_UI_MESSAGES, type UiLanguage } from '../plans-ui.messages';
import { readableDiff } from './plan-diff';

/** What changed between two versions of a plan, field by field, in words. */
@Component({
  selector: 'naast-plan-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = text().diff;
    @let d = readable();
    @if (d.plan.length === 0 && d.entries.length === 0) {
      <p>{{ t.none }}</p>
    }
    @if (d.plan.length > 0) {
      <section class="entry" [attr.data-change]="'changed'">
        <p class="entry-title">{{ t.plan }}</p>
        <ng-container *ngTemplateOutlet="changes; context: { $implicit: d.plan }" />
      </section>
    }
    @for (entry of d.entries; track entry.key) {
      <section class="entry" [attr.data-change]="entry.changeCode">
        <p class="entry-title">
          <span class="change">{{ entry.change }}</span> {{ entry.kind }}: {{ entry.label }}
        </p>
        @if (entry.fields.length > 0) {
          <ng-container *ngTemplateOutlet="changes; context: { $implicit: entry.fields }" />
        }
      </section>
    }
    <ng-template #changes let-fields>
      <table>
        <thead>
          <tr>
            <th scope="col">{{ t.field }}</th>
            <th scope="col">{{ t.before }}</th>
            <th scope="col">{{ t.after }}</th>
          </tr>
        </thead>
        <tbody>
          @for (field of asChanges(fields); track field.field) {
            <tr>
              <th scope="row">{{ field.field }}</th>
              <td>
                <del>{{ field.before }}</del>
              </td>
              <td>
                <ins>{{ field.after }}</ins>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </ng-template>
  `,
  imports: [NgTemplateOutlet],
  styles: `
    .entry {
      padding: 8px 12px;
      margin-bottom: 8px;
      border-left: 4px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-low);
    }
    .entry[data-change='added'] {
      border-left-color: var(--mat-sys-primary);
    }
    .entry[data-change='removed'] {
      border-left-color: var(--mat-sys-error);
    }
    .entry-title {
      margin: 0 0 4px;
    }
    .change {
      font-weight: 500;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 4px 8px;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    del {
      text-decoration: line-through;
    }
    ins {
      text-decoration: none;
      font-weight: 500;
    }
  `,
})
export class PlanDiffComponent {
  readonly diff = input.required<Pick<PlanDiff, 'plan' | 'entries'>>();
  /** Titles of goals in either version, to name goals instead of showing ids. */
  readonly goalTitles = input<ReadonlyMap<string, string>>(new Map());
  readonly language = input<UiLanguage>('nl');

  protected readonly text = computed(() => PLANS_UI_MESSAGES[this.language()]);
  protected readonly readable = computed(() => readableDiff(this.diff(), this.goalTitles(), this.language()));

  protected asChanges(value: unknown): ReturnType<typeof readableDiff>['plan'] {
    return value as ReturnType<typeof readableDiff>['plan'];
  }
}
