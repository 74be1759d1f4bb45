import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';
import { CaseloadReviewComponent } from './caseload-review/caseload-review.component';

/** Mounted at `/caseloadoverzicht`. Chart.js is registered here, so it loads with this page only. */
export const caseloadReviewRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: CaseloadReviewComponent,
    providers: [
      provideCharts({ registerables: [BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend] }),
    ],
    data: pageTitle('Caseloadoverzicht', 'Caseload review'),
  },
];
