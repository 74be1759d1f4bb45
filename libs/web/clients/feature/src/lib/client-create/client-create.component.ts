import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  ACCESSIBILITY_NEEDS,
  ACCESSIBILITY_NEED_LABELS,
  REPRESENTATIVE_KINDS,
  REPRESENTATIVE_KIND_LABELS,
  type ApiError,
  type FieldError,
} from '@naast/contracts';
import { ClientsApiService } from '@naast/web-clients-data-access';
import {
  CORE_MESSAGES,
  FieldErrorPipe,
  FormErrorSummaryComponent,
  I18n,
  SessionStore,
  WebPaths,
  applyFieldErrors,
  clientUrl,
  describeApiError,
  focusFirstInvalidField,
  localIsoDate,
  requestOutcome,
} from '@naast/web-core';
import { CLIENTS_MESSAGES, COMMON_LANGUAGE_CODES } from '../clients.messages';
import { buildClientForm, buildRepresentativeForm, toCreateClientRequest } from './client-form';

/** "Nieuwe cliënt": only what support needs (no BSN), with consent recorded. */
@Component({
  selector: 'naast-client-create',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FieldErrorPipe,
    FormErrorSummaryComponent,
  ],
  templateUrl: './client-create.component.html',
  styleUrl: './client-create.component.scss',
})
export class ClientCreateComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(ClientsApiService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  protected readonly text = this.i18n.messages(CLIENTS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly teams = computed(() => this.session.user()?.teams ?? []);
  protected readonly form = buildClientForm(this.fb, this.teams()[0]?.id ?? '');
  protected readonly today = localIsoDate(new Date());
  protected readonly cancelUrl = `/${WebPaths.clients}`;
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  private readonly failure = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? describeApiError(failure, this.coreText().errors) : null;
  });
  protected readonly languageOptions = computed(() => {
    const names = new Intl.DisplayNames([this.i18n.language()], { type: 'language' });
    return COMMON_LANGUAGE_CODES.map((code) => ({ code, name: names.of(code) ?? code }));
  });
  protected readonly accessibilityOptions = computed(() =>
    ACCESSIBILITY_NEEDS.map((value) => ({ value, label: this.i18n.label(ACCESSIBILITY_NEED_LABELS[value]) })),
  );
  protected readonly representativeKindOptions = computed(() =>
    REPRESENTATIVE_KINDS.map((value) => ({ value, label: this.i18n.label(REPRESENTATIVE_KIND_LABELS[value]) })),
  );

  constructor() {
    this.form.controls.consentGiven.valueChanges.pipe(takeUntilDestroyed()).subscribe((given) => {
      const consent = this.form.controls.processingConsent;
      if (given) {
        consent.enable();
      } else {
        consent.disable();
      }
    });
  }

  protected addRepresentative(): void {
    this.form.controls.representatives.push(buildRepresentativeForm(this.fb));
  }

  protected removeRepresentative(index: number): void {
    this.form.controls.representatives.removeAt(index);
  }

  protected async saveClient(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.submitted.set(true);
    this.failure.set(null);
    this.unmatchedErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    const outcome = await requestOutcome(this.api.create(toCreateClientRequest(this.form)));
    this.saving.set(false);
    if (outcome.ok) {
      await this.router.navigateByUrl(clientUrl(outcome.value.id));
      return;
    }
    this.failure.set(outcome.error);
    this.unmatchedErrors.set(applyFieldErrors(this.form, outcome.error.details));
    focusFirstInvalidField(this.host.nativeElement);
  }
}
