import {
  ChangeDetectionStrategy,
  Injector,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  AuthApiService,
  CORE_MESSAGES,
  FieldErrorPipe,
  I18n,
  LanguageSwitchComponent,
  SessionStore,
  WebPaths,
  applyFieldErrors,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
  homeUrlFor,
  safeReturnUrl,
  toApiError,
} from '@naast/web-core';
import type { ApiError } from '@naast/contracts';
import { firstValueFrom } from 'rxjs';
import { AUTH_MESSAGES } from '../auth.messages';
import { AUTHENTICATOR_CODE_VALIDATORS, authenticatorCode } from './authenticator-code';

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
@Component({
  selector: 'naast-second-factor-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    FieldErrorPipe,
    LanguageSwitchComponent,
  ],
  templateUrl: './second-factor-code.component.html',
  styleUrl: '../login/login.component.scss',
})
export class SecondFactorCodeComponent {
  private readonly api = inject(AuthApiService);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);

  readonly returnUrl = input<string | undefined>();

  protected readonly text = this.i18n.messages(AUTH_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly loginPath = `/${WebPaths.login}`;
  protected readonly useRecovery = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', AUTHENTICATOR_CODE_VALIDATORS],
    recoveryCode: ['', [Validators.required, Validators.maxLength(40)]],
  });
  protected readonly busy = signal(false);
  private readonly failure = signal<ApiError | null>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    if (!failure || failure.statusCode === 400) return null;
    return failure.statusCode === 429 ? this.text().tooManyCodes : describeApiError(failure, this.coreText().errors);
  });

  protected toggleRecovery(): void {
    this.useRecovery.update((v) => !v);
    this.failure.set(null);
    this.form.reset();
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const control = this.useRecovery() ? this.form.controls.recoveryCode : this.form.controls.code;
    if (control.invalid) {
      control.markAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      const request = this.useRecovery()
        ? { recoveryCode: control.value.trim() }
        : { code: authenticatorCode(control.value) };
      const user = await firstValueFrom(this.api.verifySecondFactor(request));
      this.session.update(user);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? homeUrlFor(user.role));
    } catch (error: unknown) {
      const failure = toApiError(error);
      this.failure.set(failure);
      control.reset();
      applyFieldErrors(this.form, failure.details);
      control.markAsTouched();
      // The field shows the server's reason after the next render; focus moves to it then.
      revealFormErrors(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
