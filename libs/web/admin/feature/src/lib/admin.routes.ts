import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { AdminHomeComponent } from './admin-home/admin-home.component';
import { AdminRolesComponent } from './admin-roles/admin-roles.component';
import { AdminTeamsComponent } from './admin-teams/admin-teams.component';
import { AdminUsersComponent } from './admin-users/admin-users.component';

/** Mounted at `/beheer`. */
export const adminRoutes: Routes = [
  { path: '', component: AdminHomeComponent, data: pageTitle('Beheer', 'Administration') },
  { path: 'gebruikers', component: AdminUsersComponent, data: pageTitle('Gebruikers', 'Users') },
  { path: 'teams', component: AdminTeamsComponent, data: pageTitle('Teams', 'Teams') },
  { path: 'rollen', component: AdminRolesComponent, data: pageTitle('Rollen', 'Roles') },
];
