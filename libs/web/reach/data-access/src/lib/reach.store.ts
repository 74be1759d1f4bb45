import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, ReachParty, ReachQuery, ReachReport } from '@naast/contracts';
import { requestOutcome } from '@naast/web-core';
import { ReachApiService } from './reach-api.service';

/** The parties to choose from and the report last asked for. */
@Injectable()
export class ReachStore {
  private readonly api = inject(ReachApiService);
  private readonly partiesState = signal<ReachParty[] | null>(null);
  private readonly reportState = signal<ReachReport | null>(null);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly loadingState = signal(false);

  readonly parties = this.partiesState.asReadonly();
  readonly report = this.reportState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly loading = this.loadingState.asReadonly();

  async loadParties(): Promise<ReachParty[]> {
    const outcome = await requestOutcome(this.api.parties());
    if (outcome.ok) {
      this.partiesState.set(outcome.value);
      return outcome.value;
    }
    this.errorState.set(outcome.error);
    this.partiesState.set([]);
    return [];
  }

  async loadReport(query: ReachQuery): Promise<void> {
    this.loadingState.set(true);
    this.errorState.set(null);
    const outcome = await requestOutcome(this.api.report(query));
    this.loadingState.set(false);
    if (outcome.ok) this.reportState.set(outcome.value);
    else {
      this.reportState.set(null);
      this.errorState.set(outcome.error);
    }
  }

  exportUrl(query: ReachQuery, format: 'csv' | 'pdf'): string {
    return this.api.exportUrl(query, format);
  }
}
