import type { Routes } from '@angular/router';
import { pageTitle, roleGuard } from '@naast/web-core';
import { AccessLogSearchComponent } from './access-log-search/access-log-search.component';
import { ClientAccessViewComponent } from './client-access-view/client-access-view.component';
import { EmployeeAccessComponent } from './employee-access/employee-access.component';

/** Mounted at `/inzage-en-logging` inside the shell: the access-log search and the per-employee view. */
export const privacyRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: AccessLogSearchComponent,
    data: pageTitle('Inzage en logging', 'Access log'),
  },
  {
    path: 'medewerker/:userId',
    component: EmployeeAccessComponent,
    data: pageTitle('Toegangslog medewerker', 'Employee access log'),
  },
];

/** Mounted at `/inzage-en-logging/client/:id` outside the shell: the client's view, a printable sheet. */
export const clientAccessRoutes: Routes = [
  {
    path: '',
    component: ClientAccessViewComponent,
    canActivate: [roleGuard('team_lead', 'supporter')],
    data: pageTitle('Wie heeft het dossier bekeken', 'Who accessed the file'),
  },
];
