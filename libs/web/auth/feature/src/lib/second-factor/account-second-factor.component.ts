import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Injector,
  Component,
  ElementRef,
  type OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  AuthApiService,
  CORE_MESSAGES,
  FieldErrorPipe,
  I18n,
  applyFieldErrors,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
  toApiError,
} from '@naast/web-core';
import type { ApiError, SecondFactorStatus } from '@naast/contracts';
import { firstValueFrom } from 'rxjs';
import { AUTH_MESSAGES } from '../auth.messages';
import { AUTHENTICATOR_CODE_VALIDATORS, authenticatorCode } from './authenticator-code';
import { EnrolmentFlowComponent } from './enrolment-flow.component';
import { RecoveryCodesComponent } from './recovery-codes.component';

type Mode = 'overview' | 'reenrol' | 'codes';

/** The signed-in user's own second factor: link a new app, or make new recovery codes. */
@Component({
  selector: 'naast-account-second-factor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorPipe,
    EnrolmentFlowComponent,
    RecoveryCodesComponent,
  ],
  templateUrl: './account-second-factor.component.html',
  styleUrl: './enrolment-flow.component.scss',
})
export class AccountSecondFactorComponent implements OnInit {
  private readonly api = inject(AuthApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(AUTH_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);

  protected readonly status = signal<SecondFactorStatus | null>(null);
  protected readonly mode = signal<Mode>('overview');
  protected readonly newCodes = signal<string[] | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', AUTHENTICATOR_CODE_VALIDATORS],
  });
  protected readonly busy = signal(false);
  private readonly failure = signal<ApiError | null>(null);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    if (!failure || failure.statusCode === 400) return null;
    return failure.statusCode === 429 ? this.text().tooManyCodes : describeApiError(failure, this.coreText().errors);
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.status.set(await firstValueFrom(this.api.secondFactorStatus()));
  }

  protected show(mode: Mode): void {
    this.mode.set(mode);
    this.newCodes.set(null);
    this.failure.set(null);
    this.form.reset();
  }

  protected async finish(): Promise<void> {
    this.show('overview');
    await this.load();
  }

  protected async regenerate(): Promise<void> {
    if (this.busy()) return;
    const control = this.form.controls.code;
    if (control.invalid) {
      control.markAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      const { recoveryCodes } = await firstValueFrom(
        this.api.regenerateRecoveryCodes(authenticatorCode(control.value)),
      );
      this.newCodes.set(recoveryCodes);
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
