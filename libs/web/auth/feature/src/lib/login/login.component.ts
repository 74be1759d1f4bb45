import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import {
  CORE_MESSAGES,
  FieldErrorPipe,
  I18n,
  LanguageSwitchComponent,
  SessionStore,
  describeApiError,
  focusFirstInvalidField,
  homeUrlFor,
  isSecondFactorPending,
  RETURN_URL_PARAM,
  safeReturnUrl,
  secondFactorPathFor,
  toApiError,
} from '@naast/web-core';
import type { ApiError } from '@naast/contracts';
import { AUTH_MESSAGES } from '../auth.messages';

@Component({
  selector: 'naast-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    FieldErrorPipe,
    LanguageSwitchComponent,
  ],
  templateUrl: './login.component.html',
  styleUrl: './login.component.scss',
})
export class LoginComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);

  /** Bound from the query string: where the user was going before being asked to sign in. */
  readonly returnUrl = input<string | undefined>();

  protected readonly text = this.i18n.messages(AUTH_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly signingIn = signal(false);
  private readonly failure = signal<ApiError | null>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    if (!failure) {
      return null;
    }
    switch (failure.statusCode) {
      case 401:
        return this.text().wrongCredentials;
      case 429:
        return this.text().tooManyAttempts;
      default:
        return describeApiError(failure, this.coreText().errors);
    }
  });

  protected async signIn(): Promise<void> {
    if (this.signingIn()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.signingIn.set(true);
    this.failure.set(null);
    try {
      const user = await this.session.signIn(this.form.getRawValue());
      const returnUrl = safeReturnUrl(this.returnUrl());
      if (isSecondFactorPending(user.secondFactor)) {
        // The password was right; the second step comes next, on its own page.
        await this.router.navigate([`/${secondFactorPathFor(user.secondFactor)}`], {
          queryParams: returnUrl ? { [RETURN_URL_PARAM]: returnUrl } : {},
        });
        return;
      }
      await this.router.navigateByUrl(returnUrl ?? homeUrlFor(user.role));
    } catch (error: unknown) {
      this.failure.set(toApiError(error));
      this.form.controls.password.reset();
    } finally {
      this.signingIn.set(false);
    }
  }
}
