import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  ACCESSIBILITY_NEED_LABELS,
  REPRESENTATIVE_KIND_LABELS,
  formatClientName,
  type ApiError,
  type ClientView,
  type FieldError,
  type ProcessingConsentInput,
} from '@naast/contracts';
import { ClientDetailStore } from '@naast/web-clients-data-access';
import {
  CORE_MESSAGES,
  ConflictNoticeComponent,
  FormErrorSummaryComponent,
  I18n,
  applyFieldErrors,
  clientUrl,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
  versionedEdit,
  type ConflictField,
} from '@naast/web-core';
import { CLIENTS_MESSAGES } from '../clients.messages';
import {
  buildClientForm,
  clientChangesOf,
  fillClientForm,
  toClientChanges,
  type ClientChanges,
} from '../client-form/client-form';
import { ClientFormComponent } from '../client-form/client-form.component';

/** Changing a client's details. A 409 keeps what the user typed and shows the saved state beside it, field by field. */
@Component({
  selector: 'naast-client-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    ClientFormComponent,
    ConflictNoticeComponent,
    FormErrorSummaryComponent,
  ],
  providers: [ClientDetailStore],
  templateUrl: './client-edit.component.html',
  styleUrl: './client-edit.component.scss',
})
export class ClientEditComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly store = inject(ClientDetailStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly conflictNotice = viewChild(ConflictNoticeComponent);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly text = this.i18n.messages(CLIENTS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly form = buildClientForm(this.fb, '');
  protected readonly client = this.store.client;
  protected readonly saving = this.store.saving;
  protected readonly submitted = signal(false);
  protected readonly edit = versionedEdit<ClientView, ClientChanges>({
    valueOf: (saved) => clientChangesOf(this.fb, saved),
    fill: (saved) => fillClientForm(this.form, this.fb, saved),
    fields: (saved) => this.conflictFields(saved),
    notice: () => this.conflictNotice(),
  });
  private readonly failure = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    if (!failure || failure.statusCode === 409) {
      return null;
    }
    // Who may change a client is decided per client; say who can, so the user knows whom to ask.
    return failure.statusCode === 403 ? this.text().edit.forbidden : describeApiError(failure, this.coreText().errors);
  });
  protected readonly loadState = computed(() => {
    const error = this.store.loadError();
    return error ? describeApiError(error, this.coreText().errors) : this.coreText().loading;
  });
  protected readonly backUrl = computed(() => clientUrl(this.id()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.loadClient(id));
    });
  }

  protected async saveClient(): Promise<void> {
    const baseVersion = this.edit.version();
    if (this.saving() || baseVersion === null) {
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
    const edited = toClientChanges(this.form);
    const changes = this.edit.changes(edited);
    if (Object.keys(changes).length === 0) {
      await this.router.navigateByUrl(this.backUrl());
      return;
    }
    const outcome = await this.store.update(changes, baseVersion);
    if (outcome.ok) {
      await this.router.navigateByUrl(clientUrl(outcome.value.id));
      return;
    }
    this.failure.set(outcome.error);
    if (this.edit.showConflict(outcome.error, edited)) {
      return;
    }
    this.unmatchedErrors.set(applyFieldErrors(this.form, outcome.error.details));
    revealFormErrors(this.host.nativeElement, this.injector);
  }

  /** The user has seen the saved state and still wants their own input. */
  protected keepMyInput(): void {
    if (this.edit.keepMine()) {
      void this.saveClient();
    }
  }

  protected takeSavedData(): void {
    if (this.edit.takeSaved()) {
      this.failure.set(null);
      this.submitted.set(false);
    }
  }

  private async loadClient(id: string): Promise<void> {
    await this.store.load(id);
    const loaded = this.store.client();
    if (loaded) {
      this.edit.start(loaded);
    }
  }

  private conflictFields(saved: ClientView): ConflictField<ClientChanges>[] {
    const t = this.text().detail;
    const label = (text: { nl: string; en: string }) => this.i18n.label(text);
    const list = (values: string[]) => (values.length > 0 ? values.join(', ') : t.none);
    const savedConsent = saved.processingConsent;
    const consent = (value: ProcessingConsentInput | null | undefined) => {
      if (!value) {
        return t.noConsent;
      }
      const date = this.i18n.formatDate(value.givenOn);
      // Who recorded it is known only for the consent as saved.
      const given =
        savedConsent && savedConsent.givenOn === value.givenOn && savedConsent.scope === value.scope
          ? t.consentText(date, savedConsent.recordedBy.displayName)
          : this.text().edit.consentGivenOn(date);
      return `${given}: ${value.scope}`;
    };
    return [
      {
        label: this.text().create.name,
        value: (c) => ({ given: c.givenName, prefix: c.familyNamePrefix ?? null, family: c.familyName }),
        show: (c) => formatClientName(c),
      },
      {
        label: t.dateOfBirth,
        value: (c) => c.dateOfBirth,
        show: (c) => (c.dateOfBirth ? this.i18n.formatDate(c.dateOfBirth, 'longDate') : t.unknown),
      },
      { label: t.phone, value: (c) => c.phone, show: (c) => c.phone ?? t.unknown },
      { label: t.email, value: (c) => c.email, show: (c) => c.email ?? t.unknown },
      {
        label: t.address,
        value: (c) => c.address,
        show: ({ address: a }) => (a ? `${a.street} ${a.houseNumber}, ${a.postcode} ${a.city}` : t.unknown),
      },
      {
        label: t.municipality,
        value: (c) => c.municipality,
        show: ({ municipality: m }) => `${m.name} (${m.code})`,
      },
      {
        label: t.preferredLanguage,
        value: (c) => c.preferredLanguage,
        show: (c) => this.languageName(c.preferredLanguage),
      },
      {
        label: t.interpreterNeeded,
        value: (c) => c.interpreterNeeded,
        show: (c) => (c.interpreterNeeded ? t.yes : t.no),
      },
      {
        label: t.accessibilityNeeds,
        value: (c) => c.accessibilityNeeds,
        show: (c) => list((c.accessibilityNeeds ?? []).map((need) => label(ACCESSIBILITY_NEED_LABELS[need]))),
      },
      {
        label: t.representatives,
        value: (c) => c.representatives,
        show: (c) =>
          list((c.representatives ?? []).map((r) => `${r.name} (${label(REPRESENTATIVE_KIND_LABELS[r.kind])})`)),
      },
      { label: t.consent, value: (c) => c.processingConsent, show: (c) => consent(c.processingConsent) },
    ];
  }

  private languageName(code: string): string {
    return new Intl.DisplayNames([this.i18n.language()], { type: 'language' }).of(code) ?? code;
  }
}
