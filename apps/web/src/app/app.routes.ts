import type { Route } from '@angular/router';
import {
  ErrorPageComponent,
  ShellComponent,
  WebPaths,
  pageTitle,
  roleGuard,
  roleHomeGuard,
  signedInGuard,
  signedOutGuard,
} from '@naast/web-core';

/** Each feature is its own lazy chunk; the role guard keeps a role on the pages meant for it. */
export const appRoutes: Route[] = [
  {
    path: WebPaths.login,
    canActivate: [signedOutGuard],
    loadChildren: () => import('@naast/web-auth-feature').then((m) => m.authRoutes),
  },
  {
    // The client's print sheet has no navigation: it sits outside the shell.
    path: `${WebPaths.caseload}/:id/plan/afdrukken`,
    canActivate: [signedInGuard, roleGuard('supporter', 'team_lead')],
    loadChildren: () => import('@naast/web-plans-feature').then((m) => m.planPrintRoutes),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', canActivate: [roleHomeGuard], children: [] },
      {
        // Before the caseload: linked volunteers read the plan and tick off their own actions.
        path: `${WebPaths.caseload}/:id/plan`,
        canActivate: [roleGuard('volunteer', 'supporter', 'team_lead')],
        loadChildren: () => import('@naast/web-plans-feature').then((m) => m.planRoutes),
      },
      {
        path: WebPaths.caseload,
        canActivate: [roleGuard('supporter', 'team_lead')],
        loadChildren: () => import('@naast/web-cases-feature').then((m) => m.casesRoutes),
      },
      {
        path: WebPaths.clients,
        canActivate: [roleGuard('supporter', 'team_lead')],
        loadChildren: () => import('@naast/web-clients-feature').then((m) => m.clientsRoutes),
      },
      {
        path: WebPaths.links,
        canActivate: [roleGuard('volunteer', 'supporter', 'team_lead')],
        loadChildren: () => import('@naast/web-visits-feature').then((m) => m.visitsRoutes),
      },
      {
        path: WebPaths.admin,
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('@naast/web-admin-feature').then((m) => m.adminRoutes),
      },
      {
        path: WebPaths.forbidden,
        component: ErrorPageComponent,
        data: { kind: 'forbidden', ...pageTitle('Geen toegang', 'No access') },
      },
      {
        path: WebPaths.notFound,
        component: ErrorPageComponent,
        data: { kind: 'not-found', ...pageTitle('Niet gevonden', 'Not found') },
      },
      {
        path: '**',
        component: ErrorPageComponent,
        data: { kind: 'not-found', ...pageTitle('Niet gevonden', 'Not found') },
      },
    ],
  },
];
