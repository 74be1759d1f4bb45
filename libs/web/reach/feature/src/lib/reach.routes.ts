import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { ReachReportComponent } from './reach-report/reach-report.component';

/** Mounted at `/bereik`. Chart.js is registered here, so it loads with this page only. */
export const reachRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: ReachReportComponent,
    providers: [provideCharts({ registerables: [BarController, BarElement, CategoryScale, LinearScale, Tooltip] })],
    data: pageTitle('Bereik', 'Reach'),
  },
];
