import type { Routes } from '@angular/router';
import { pageTitle, roleGuard } from '@naast/web-core';
import { MyAffiliationsComponent } from './my-affiliations/my-affiliations.component';
import { RoleCardPrintComponent } from './role-card-print/role-card-print.component';
import { RoleCardTextComponent } from './role-card-text/role-card-text.component';
import { TeamAffiliationsComponent } from './team-affiliations/team-affiliations.component';

/** Mounted at `/onafhankelijkheid`, inside the shell. */
export const independenceRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: MyAffiliationsComponent,
    data: pageTitle('Mijn onafhankelijkheid', 'My independence'),
  },
  {
    path: 'team',
    canActivate: [roleGuard('team_lead', 'admin')],
    component: TeamAffiliationsComponent,
    data: pageTitle('Nevenfuncties van het team', 'The team’s affiliations'),
  },
  {
    path: 'rolkaart',
    canActivate: [roleGuard('team_lead', 'admin')],
    component: RoleCardTextComponent,
    data: pageTitle('Tekst van de rolkaart', 'Role card text'),
  },
];

/** Mounted at `/caseload/:id/rolkaart`, outside the shell: a card for the client, without navigation. */
export const roleCardPrintRoutes: Routes = [
  { path: '', component: RoleCardPrintComponent, data: pageTitle('Mijn cliëntondersteuner', 'My client supporter') },
];
