import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ReachBreakdown, ReachParty, ReachQuery } from '@naast/contracts';
import { ReachStore } from '@naast/web-reach-data-access';
import { I18n } from '@naast/web-core';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { REACH_MESSAGES } from '../reach.messages';
import { quarterBounds } from './quarter-bounds';

interface Section {
  id: string;
  title: string;
  breakdown: ReachBreakdown;
  chart: ChartConfiguration<'bar'>['data'] | null;
}

const partyKey = (party: ReachParty) => `${party.kind}|${party.name}`;

/**
 * The reach report for a gemeente or zorgkantoor: choose the party and whole quarters of one year;
 * every count is a band ("< 5", "5–9"), shown in tables, with floating bars for the main breakdowns.
 */
@Component({
  selector: 'naast-reach-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, BaseChartDirective],
  providers: [ReachStore],
  templateUrl: './reach-report.component.html',
  styleUrl: './reach-report.component.scss',
})
export class ReachReportComponent {
  private readonly store = inject(ReachStore);
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(REACH_MESSAGES);
  protected readonly parties = this.store.parties;
  protected readonly report = this.store.report;
  protected readonly error = this.store.error;
  protected readonly loading = this.store.loading;

  private readonly now = new Date();
  protected readonly years = [0, 1, 2].map((n) => this.now.getFullYear() - n);
  protected readonly quarters = [1, 2, 3, 4];
  protected readonly currentQuarter = Math.floor(this.now.getMonth() / 3) + 1;

  protected readonly partyChoice = signal('');
  protected readonly year = signal(this.now.getFullYear());
  protected readonly fromQuarter = signal(1);
  protected readonly toQuarter = signal(Math.floor(this.now.getMonth() / 3) + 1);

  /** Quarters that have begun: a period starts no later than today. */
  protected readonly startableQuarters = computed(() =>
    this.quarters.filter((q) => this.year() < this.now.getFullYear() || q <= this.currentQuarter),
  );

  protected readonly query = computed<ReachQuery | null>(() => {
    const party = (this.parties() ?? []).find((p) => partyKey(p) === this.partyChoice());
    if (!party) return null;
    const to = Math.max(this.toQuarter(), this.fromQuarter());
    return { partyKind: party.kind, partyName: party.name, ...quarterBounds(this.year(), this.fromQuarter(), to) };
  });

  protected readonly shownQuery = signal<ReachQuery | null>(null);
  protected readonly csvUrl = computed(() => {
    const q = this.shownQuery();
    return q ? this.store.exportUrl(q, 'csv') : null;
  });
  protected readonly pdfUrl = computed(() => {
    const q = this.shownQuery();
    return q ? this.store.exportUrl(q, 'pdf') : null;
  });

  protected readonly summary = computed(() => {
    const report = this.report();
    const t = this.text();
    if (!report) return [];
    return [
      { label: t.newCases, count: report.newCases.text },
      { label: t.newClients, count: report.newClients.text },
      { label: t.clientsReached, count: report.clientsReached.text },
      { label: t.signals, count: report.signals.text },
    ];
  });

  protected readonly sections = computed<Section[]>(() => {
    const report = this.report();
    const s = this.text().sections;
    if (!report) return [];
    const withChart = (id: string, title: string, breakdown: ReachBreakdown, chart: boolean): Section => ({
      id,
      title,
      breakdown,
      chart: chart
        ? {
            labels: breakdown.rows.map((r) => r.label),
            // A floating bar from the band's lowest to its highest possible count: the chart shows no more than the table.
            datasets: [
              {
                data: breakdown.rows.map((r) => [r.count.low, r.count.high + 1] as [number, number]),
                backgroundColor: '#1d5fa8',
                label: title,
              },
            ],
          }
        : null,
    });
    return [
      withChart('referral', s.referral, report.byReferralSource, true),
      withChart('municipality', s.municipality, report.byMunicipality, false),
      withChart('postcode', s.postcode, report.byPostcodeArea, false),
      withChart('age', s.age, report.byAgeBand, true),
      withChart('language', s.language, report.byLanguage, false),
      withChart('interpreter', s.interpreter, report.byInterpreterNeed, false),
      withChart('domain', s.domain, report.byDomain, false),
      withChart('signal-category', s.signalCategory, report.signalsByCategory, true),
      withChart('signal-follow-up', s.signalFollowUp, report.signalsByFollowUp, false),
    ];
  });

  protected readonly chartOptions: ChartConfiguration<'bar'>['options'] = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { tooltip: { enabled: false } },
    scales: { x: { beginAtZero: true, ticks: { stepSize: 5 } } },
  };

  constructor() {
    void this.start();
  }

  private async start(): Promise<void> {
    const parties = await this.store.loadParties();
    const first = parties.find((p) => p.kind === 'gemeente') ?? parties[0];
    if (first) {
      this.partyChoice.set(partyKey(first));
      await this.show();
    }
  }

  protected choose(field: 'party' | 'year' | 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (field === 'party') this.partyChoice.set(value);
    if (field === 'year') {
      this.year.set(Number(value));
      if (!this.startableQuarters().includes(this.fromQuarter())) this.fromQuarter.set(1);
    }
    if (field === 'from') this.fromQuarter.set(Number(value));
    if (field === 'to') this.toQuarter.set(Number(value));
  }

  protected partyValue(party: ReachParty): string {
    return partyKey(party);
  }

  protected async show(event?: Event): Promise<void> {
    event?.preventDefault();
    const query = this.query();
    if (!query) return;
    this.shownQuery.set(query);
    await this.store.loadReport(query);
  }

  protected chartHeight(section: Section): number {
    return 40 + section.breakdown.rows.length * 28;
  }
}
