import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { AdminHomeComponent } from './admin-home/admin-home.component';

/** Mounted at `/beheer`. */
export const adminRoutes: Routes = [
  { path: '', component: AdminHomeComponent, data: pageTitle('Beheer', 'Administration') },
];
