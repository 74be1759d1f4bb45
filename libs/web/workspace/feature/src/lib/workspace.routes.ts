import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { MyWorkComponent } from './my-work/my-work.component';

/** Mounted at `/mijn-werk`: the supporter's start page. */
export const workspaceRoutes: Routes = [
  { path: '', pathMatch: 'full', component: MyWorkComponent, data: pageTitle('Mijn werk', 'My work') },
];
