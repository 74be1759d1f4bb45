import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';
import {
  AuthApiService,
  I18n,
  LanguageSwitchComponent,
  SessionStore,
  WebPaths,
  homeUrlFor,
  safeReturnUrl,
} from '@naast/web-core';
import { firstValueFrom } from 'rxjs';
import { AUTH_MESSAGES } from '../auth.messages';
import { EnrolmentFlowComponent } from './enrolment-flow.component';

/** First sign-in of someone who needs a second factor: link an app, keep the recovery codes, go home. */
@Component({
  selector: 'naast-second-factor-enrolment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatButtonModule, RouterLink, LanguageSwitchComponent, EnrolmentFlowComponent],
  template: `
    <main class="login-page" id="main">
      <div class="language">
        <naast-language-switch />
      </div>
      <mat-card class="login-card wide" appearance="outlined">
        <mat-card-content>
          <h1>{{ text().enrolTitle }}</h1>
          <p class="intro">{{ text().enrolIntro }}</p>
          <naast-enrolment-flow (done)="finish()" />
          <a mat-button [routerLink]="loginPath">{{ text().otherAccount }}</a>
        </mat-card-content>
      </mat-card>
    </main>
  `,
  styleUrl: '../login/login.component.scss',
  styles: `
    .wide {
      max-width: 34rem;
    }
  `,
})
export class SecondFactorEnrolmentComponent {
  private readonly api = inject(AuthApiService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly text = inject(I18n).messages(AUTH_MESSAGES);
  protected readonly loginPath = `/${WebPaths.login}`;

  readonly returnUrl = input<string | undefined>();

  protected async finish(): Promise<void> {
    const user = await firstValueFrom(this.api.me());
    this.session.update(user);
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? homeUrlFor(user.role));
  }
}
