import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { PlanPageComponent } from './plan-page/plan-page.component';
import { PlanPrintComponent } from './plan-print/plan-print.component';

/** Mounted at `/caseload/:id/plan`, inside the app's shell. */
export const planRoutes: Routes = [
  { path: '', component: PlanPageComponent, data: pageTitle('Ondersteuningsplan', 'Support plan') },
];

/** Mounted at `/caseload/:id/plan/afdrukken`, outside the shell: a sheet for the client, without navigation. */
export const planPrintRoutes: Routes = [
  { path: '', component: PlanPrintComponent, data: pageTitle('Mijn ondersteuningsplan', 'My support plan') },
];
