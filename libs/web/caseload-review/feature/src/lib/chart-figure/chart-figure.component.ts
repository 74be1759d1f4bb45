import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { figureRows, type ChartFigure } from './chart-figure';

/** Distinct enough for the two series a figure has at most, on a light background. */
const SERIES_COLOURS = ['#1d5fa8', '#b3541e'];

/**
 * One chart with its numbers as a table. The canvas is a picture to screen readers; the table
 * is always there for them (visually hidden until "Toon als tabel").
 */
@Component({
  selector: 'naast-chart-figure',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButtonModule],
  template: `
    <figure class="figure" [attr.aria-labelledby]="figure().id + '-title'">
      <figcaption [id]="figure().id + '-title'" class="title">{{ figure().title }}</figcaption>
      @if (rows().length === 0) {
        <p class="empty">{{ noDataText() }}</p>
      } @else {
        <div class="chart" [style.height.px]="height()">
          <canvas
            baseChart
            role="img"
            [attr.aria-label]="chartLabel()"
            [type]="'bar'"
            [data]="data()"
            [options]="options()"
          ></canvas>
        </div>
        <button
          mat-button
          type="button"
          class="toggle"
          [attr.aria-expanded]="tableShown()"
          [attr.aria-controls]="figure().id + '-table'"
          (click)="toggleTable()"
        >
          {{ tableShown() ? hideTableText() : showTableText() }}
        </button>
        <table [id]="figure().id + '-table'" class="numbers" [class.visually-hidden]="!tableShown()">
          <caption>
            {{
              figure().title
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ figure().categoryHeader }}</th>
              @for (series of figure().series; track series.label) {
                <th scope="col">{{ series.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.category) {
              <tr>
                <th scope="row">{{ row.category }}</th>
                @for (cell of row.cells; track $index) {
                  <td>{{ cell }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      }
    </figure>
  `,
  styles: `
    .figure {
      margin: 0;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      font: var(--mat-sys-title-medium);
      margin-bottom: 8px;
    }
    .chart {
      position: relative;
      width: 100%;
    }
    .toggle {
      min-height: 44px;
    }
    .numbers {
      border-collapse: collapse;
      th,
      td {
        padding: 4px 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        text-align: left;
      }
      td {
        text-align: right;
      }
      caption {
        text-align: left;
        font-weight: 600;
      }
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ChartFigureComponent {
  readonly figure = input.required<ChartFigure>();
  readonly chartLabel = input('');
  readonly showTableText = input('Toon als tabel');
  readonly hideTableText = input('Verberg tabel');
  readonly noDataText = input('');

  protected readonly tableShown = signal(false);
  protected readonly rows = computed(() => figureRows(this.figure()));
  protected readonly height = computed(() => {
    const figure = this.figure();
    // Horizontal bars need room per category; columns keep a fixed height.
    return figure.horizontal ? Math.max(160, figure.categories.length * 28 * figure.series.length + 60) : 260;
  });
  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => {
    const figure = this.figure();
    return {
      labels: figure.categories,
      datasets: figure.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
      })),
    };
  });
  protected readonly options = computed<ChartConfiguration<'bar'>['options']>(() => ({
    indexAxis: this.figure().horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { display: this.figure().series.length > 1 } },
  }));

  protected toggleTable(): void {
    this.tableShown.update((shown) => !shown);
  }
}
