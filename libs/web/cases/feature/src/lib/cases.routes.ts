import type { Routes } from '@angular/router';
import { pageTitle, roleGuard } from '@naast/web-core';
import { CaseCreateComponent } from './case-create/case-create.component';
import { CaseDetailComponent } from './case-detail/case-detail.component';
import { CaseEditComponent } from './case-edit/case-edit.component';
import { CaseListComponent } from './case-list/case-list.component';

/** Mounted at `/caseload`. Material's dialog service is needed on the case page only. */
export const casesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: CaseListComponent,
    canActivate: [roleGuard('supporter')],
    data: { view: 'mine', ...pageTitle('Mijn caseload', 'My caseload') },
  },
  {
    path: 'team',
    component: CaseListComponent,
    canActivate: [roleGuard('team_lead')],
    data: { view: 'team', ...pageTitle('Caseload team', 'Team caseload') },
  },
  {
    path: 'nieuw',
    component: CaseCreateComponent,
    canActivate: [roleGuard('supporter', 'team_lead')],
    data: pageTitle('Nieuwe ondersteuningsvraag', 'New support request'),
  },
  {
    path: ':id',
    component: CaseDetailComponent,
    data: pageTitle('Ondersteuningsvraag', 'Support request'),
  },
  {
    path: ':id/wijzigen',
    component: CaseEditComponent,
    data: pageTitle('Ondersteuningsvraag wijzigen', 'Edit support request'),
  },
];
