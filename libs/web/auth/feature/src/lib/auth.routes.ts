import type { Routes } from '@angular/router';
import { pageTitle, secondFactorStepGuard } from '@naast/web-core';
import { LoginComponent } from './login/login.component';
import { AccountSecondFactorComponent } from './second-factor/account-second-factor.component';
import { SecondFactorCodeComponent } from './second-factor/second-factor-code.component';
import { SecondFactorEnrolmentComponent } from './second-factor/second-factor-enrolment.component';

export const authRoutes: Routes = [
  { path: '', component: LoginComponent, data: pageTitle('Inloggen', 'Sign in') },
  {
    path: 'code',
    component: SecondFactorCodeComponent,
    canActivate: [secondFactorStepGuard('code_required')],
    data: pageTitle('Code invoeren', 'Enter code'),
  },
  {
    path: 'tweestapsverificatie',
    component: SecondFactorEnrolmentComponent,
    canActivate: [secondFactorStepGuard('enrolment_required')],
    data: pageTitle('Tweestapsverificatie instellen', 'Set up two-step verification'),
  },
];

/** Under the signed-in shell, at `/account/tweestapsverificatie`. */
export const accountSecondFactorRoutes: Routes = [
  {
    path: '',
    component: AccountSecondFactorComponent,
    data: pageTitle('Tweestapsverificatie', 'Two-step verification'),
  },
];
