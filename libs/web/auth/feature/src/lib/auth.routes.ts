import type { Routes } from '@angular/router';
import { pageTitle } from '@naast/web-core';
import { LoginComponent } from './login/login.component';

export const authRoutes: Routes = [{ path: '', component: LoginComponent, data: pageTitle('Inloggen', 'Sign in') }];
