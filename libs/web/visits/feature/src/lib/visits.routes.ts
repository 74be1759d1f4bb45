import type { Routes } from '@angular/router';
import { pageTitle, roleGuard } from '@naast/web-core';
import { LinkedCasesComponent } from './linked-cases/linked-cases.component';
import { RecordVisitComponent } from './record-visit/record-visit.component';

/** Mounted at `/koppelingen`. */
export const visitsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: LinkedCasesComponent,
    canActivate: [roleGuard('volunteer')],
    data: pageTitle('Mijn koppelingen', 'My linked cases'),
  },
  { path: ':caseId', component: RecordVisitComponent, data: pageTitle('Contactmoment vastleggen', 'Record a contact') },
];
