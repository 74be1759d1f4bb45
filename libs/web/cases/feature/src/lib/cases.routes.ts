import type { Routes } from '@angular/router';
import { pageTitle, roleGuard } from '@naast/web-core';

// Each page is its own chunk: the list, the page most often opened first, does not wait for the
// case page's panels, the forms or their dependencies.
const caseList = () => import('./case-list/case-list.component').then((m) => m.CaseListComponent);

/** Mounted at `/caseload`. Material's dialog service is needed on the case page only. */
export const casesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: caseList,
    canActivate: [roleGuard('supporter')],
    data: { view: 'mine', ...pageTitle('Mijn caseload', 'My caseload') },
  },
  {
    path: 'team',
    loadComponent: caseList,
    canActivate: [roleGuard('team_lead')],
    data: { view: 'team', ...pageTitle('Caseload team', 'Team caseload') },
  },
  {
    path: 'nieuw',
    loadComponent: () => import('./case-create/case-create.component').then((m) => m.CaseCreateComponent),
    canActivate: [roleGuard('supporter', 'team_lead')],
    data: pageTitle('Nieuwe ondersteuningsvraag', 'New support request'),
  },
  {
    path: ':id',
    loadComponent: () => import('./case-detail/case-detail.component').then((m) => m.CaseDetailComponent),
    data: pageTitle('Ondersteuningsvraag', 'Support request'),
  },
  {
    path: ':id/wijzigen',
    loadComponent: () => import('./case-edit/case-edit.component').then((m) => m.CaseEditComponent),
    data: pageTitle('Ondersteuningsvraag wijzigen', 'Edit support request'),
  },
];
