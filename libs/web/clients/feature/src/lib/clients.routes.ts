import type { Routes } from '@angular/router';
import { pageTitle, roleGuard } from '@naast/web-core';
import { ClientCreateComponent } from './client-create/client-create.component';
import { ClientDetailComponent } from './client-detail/client-detail.component';
import { ClientEditComponent } from './client-edit/client-edit.component';
import { ClientSearchComponent } from './client-search/client-search.component';

/** Mounted at `/clienten`. */
export const clientsRoutes: Routes = [
  { path: '', pathMatch: 'full', component: ClientSearchComponent, data: pageTitle('Cliënten', 'Clients') },
  {
    path: 'nieuw',
    component: ClientCreateComponent,
    canActivate: [roleGuard('supporter', 'team_lead')],
    data: pageTitle('Nieuwe cliënt', 'New client'),
  },
  { path: ':id', component: ClientDetailComponent, data: pageTitle('Cliënt', 'Client') },
  {
    path: ':id/wijzigen',
    component: ClientEditComponent,
    canActivate: [roleGuard('supporter', 'team_lead')],
    data: pageTitle('Cliëntgegevens wijzigen', 'Edit client details'),
  },
];
