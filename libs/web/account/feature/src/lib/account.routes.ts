import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { AccountPageComponent } from './account-page/account-page.component';

/** Mounted at `/account`. */
export const accountRoutes: Routes = [
  { path: '', component: AccountPageComponent, data: pageTitle('Mijn account', 'My account') },
];
