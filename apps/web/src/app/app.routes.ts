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
    // The role card for the client: a sheet without navigation, like the plan's.
    path: `${WebPaths.caseload}/:id/rolkaart`,
    canActivate: [signedInGuard, roleGuard('supporter', 'team_lead', 'volunteer')],
    loadChildren: () => import('@naast/web-independence-feature').then((m) => m.roleCardPrintRoutes),
  },
  {
    // The client's view of the access log: a sheet to print for the client, without navigation.
    path: `${WebPaths.privacy}/client/:id`,
    canActivate: [signedInGuard, roleGuard('team_lead', 'supporter')],
    loadChildren: () => import('@naast/web-privacy-feature').then((m) => m.clientAccessRoutes),
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
        path: WebPaths.myWork,
        canActivate: [roleGuard('supporter')],
        loadChildren: () => import('@naast/web-workspace-feature').then((m) => m.workspaceRoutes),
      },
      {
        // Charts load with this route only, so the first screen stays small.
        path: WebPaths.caseloadReview,
        canActivate: [roleGuard('team_lead')],
        loadChildren: () => import('@naast/web-caseload-review-feature').then((m) => m.caseloadReviewRoutes),
      },
      {
        path: WebPaths.independence,
        canActivate: [roleGuard('supporter', 'volunteer', 'team_lead', 'admin')],
        loadChildren: () => import('@naast/web-independence-feature').then((m) => m.independenceRoutes),
      },
      {
        // Aggregates only; the report's bar charts are plain CSS and load with this route.
        path: WebPaths.reach,
        canActivate: [roleGuard('team_lead', 'admin')],
        loadChildren: () => import('@naast/web-reach-feature').then((m) => m.reachRoutes),
      },
      {
        // Before the account page: the user's own second factor.
        path: WebPaths.accountSecondFactor,
        loadChildren: () => import('@naast/web-auth-feature').then((m) => m.accountSecondFactorRoutes),
      },
      {
        path: WebPaths.account,
        canActivate: [roleGuard('supporter', 'volunteer', 'team_lead', 'admin')],
        loadChildren: () => import('@naast/web-account-feature').then((m) => m.accountRoutes),
      },
      {
        path: WebPaths.privacy,
        canActivate: [roleGuard('team_lead', 'admin')],
        loadChildren: () => import('@naast/web-privacy-feature').then((m) => m.privacyRoutes),
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
