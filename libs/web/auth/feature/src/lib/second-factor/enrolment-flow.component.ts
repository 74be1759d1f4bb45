import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type OnInit,
  computed,
  inject,
  output,
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
import type { ApiError, SecondFactorEnrolment } from '@naast/contracts';
import { firstValueFrom } from 'rxjs';
import { AUTH_MESSAGES } from '../auth.messages';
import { AUTHENTICATOR_CODE_VALIDATORS, authenticatorCode } from './authenticator-code';
import { RecoveryCodesComponent } from './recovery-codes.component';

/**
 * Linking an authenticator app: a new secret as QR code and as text, confirmed by a code from the
 * app; then the ten recovery codes. Emits `done` once the user says they kept the codes.
 */
@Component({
  selector: 'naast-enrolment-flow',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    FieldErrorPipe,
    RecoveryCodesComponent,
  ],
  templateUrl: './enrolment-flow.component.html',
  styleUrl: './enrolment-flow.component.scss',
})
export class EnrolmentFlowComponent implements OnInit {
  private readonly api = inject(AuthApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(AUTH_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);

  readonly done = output<void>();

  protected readonly enrolment = signal<SecondFactorEnrolment | null>(null);
  protected readonly startFailed = signal(false);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  /** The server's SVG as an image: no markup of ours is built from it. */
  protected readonly qrSource = computed(() => {
    const svg = this.enrolment()?.qrSvg;
    return svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : null;
  });
  /** The secret in groups of four, easier to type into an app. */
  protected readonly groupedSecret = computed(
    () =>
      this.enrolment()
        ?.secret.match(/.{1,4}/g)
        ?.join(' ') ?? '',
  );
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
    void this.start();
  }

  protected async start(): Promise<void> {
    this.startFailed.set(false);
    this.failure.set(null);
    this.form.reset();
    try {
      this.enrolment.set(await firstValueFrom(this.api.startEnrolment()));
    } catch {
      this.startFailed.set(true);
    }
  }

  protected async confirm(): Promise<void> {
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
      const { recoveryCodes } = await firstValueFrom(this.api.confirmEnrolment(authenticatorCode(control.value)));
      this.recoveryCodes.set(recoveryCodes);
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
