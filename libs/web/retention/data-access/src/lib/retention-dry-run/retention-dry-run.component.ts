import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import type { RetentionDryRun } from '@naast/contracts';
import { CORE_MESSAGES, I18n, describeApiError, requestOutcome } from '@naast/web-core';
import { RetentionApiService } from '../retention-api.service';
import { RETENTION_MESSAGES } from '../retention.messages';

/**
 * The retention dry-run for administrators: which clients the nightly job would anonymise now, by
 * id, team and dates (administrators never see client content). Changes nothing.
 */
@Component({
  selector: 'naast-retention-dry-run',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = text();
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{{ t.dryRunTitle }}</h2>
      @if (dryRun(); as run) {
        <p class="intro">{{ t.dryRunIntro(run.retentionMonths) }}</p>
        <p role="status">{{ run.candidates.length === 0 ? t.dryRunNone : t.dryRunCount(run.candidates.length) }}</p>
        @if (rows().length > 0) {
          <div class="table-scroll" role="region" aria-labelledby="retention-heading" tabindex="0">
            <table>
              <thead>
                <tr>
                  <th scope="col">{{ t.client }}</th>
                  <th scope="col">{{ t.team }}</th>
                  <th scope="col">{{ t.lastClosedOn }}</th>
                  <th scope="col">{{ t.dueSince }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.clientId) {
                  <tr>
                    <th scope="row">
                      <code>{{ row.clientId }}</code>
                    </th>
                    <td>{{ row.teamName }}</td>
                    <td>{{ row.lastClosedOn }}</td>
                    <td>{{ row.dueSince }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
      @if (alert(); as message) {
        <p role="alert" class="error">{{ message }}</p>
      }
    </section>
  `,
  styles: `
    .intro {
      color: #4a4a4a;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 4px 12px 4px 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RetentionDryRunComponent implements OnInit {
  private readonly api = inject(RetentionApiService);
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(RETENTION_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly dryRun = signal<RetentionDryRun | null>(null);
  protected readonly alert = signal('');
  protected readonly rows = computed(() =>
    (this.dryRun()?.candidates ?? []).map((c) => ({
      ...c,
      lastClosedOn: this.i18n.formatDate(c.lastClosedOn, 'date'),
      dueSince: this.i18n.formatDate(c.dueSince, 'date'),
    })),
  );

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const outcome = await requestOutcome(this.api.dryRun());
    if (outcome.ok) this.dryRun.set(outcome.value);
    else this.alert.set(describeApiError(outcome.error, this.coreText().errors));
  }
}
