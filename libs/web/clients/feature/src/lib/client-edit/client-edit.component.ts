import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
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
} from '@naast/contracts';
import { ClientDetailStore } from '@naast/web-clients-data-access';
import {
  CORE_MESSAGES,
  FormErrorSummaryComponent,
  changedFields,
  I18n,
  applyFieldErrors,
  clientUrl,
  conflictCurrent,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
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

interface ConflictRow {
  label: string;
  saved: string;
}

/** Changing a client's details. A 409 keeps what the user typed and shows what is saved now, field by field. */
@Component({
  selector: 'naast-client-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ClientFormComponent, FormErrorSummaryComponent],
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

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly text = this.i18n.messages(CLIENTS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly form = buildClientForm(this.fb, '');
  protected readonly client = this.store.client;
  protected readonly saving = this.store.saving;
  protected readonly submitted = signal(false);
  /** The version the user's edit is based on; moves forward only when the user decides. */
  private readonly baseVersion = signal<number | null>(null);
  /** The client as the edit started from: only fields that differ from it are sent. */
  private base: ClientChanges | null = null;
  private readonly failure = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  /** The server's state at the last 409, shown above the form. */
  protected readonly conflict = signal<ClientView | null>(null);
  protected readonly conflictRows = signal<ConflictRow[]>([]);
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
    const baseVersion = this.baseVersion();
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
    const changes = this.base ? changedFields(edited, this.base) : edited;
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
    const current = conflictCurrent<ClientView>(outcome.error);
    if (current) {
      this.conflict.set(current);
      this.conflictRows.set(this.describeDifferences(edited, current));
      // The notice sits above the form; the user pressed save at its bottom.
      afterNextRender(
        { read: () => this.host.nativeElement.querySelector<HTMLElement>('#conflict-title')?.focus() },
        { injector: this.injector },
      );
      return;
    }
    this.unmatchedErrors.set(applyFieldErrors(this.form, outcome.error.details));
    revealFormErrors(this.host.nativeElement, this.injector);
  }

  /** The user has seen the saved state and still wants their own input. */
  protected keepMyInput(): void {
    const current = this.conflict();
    if (current) {
      this.baseVersion.set(current.version);
      this.conflict.set(null);
      void this.saveClient();
    }
  }

  protected takeSavedData(): void {
    const current = this.conflict();
    if (current) {
      fillClientForm(this.form, this.fb, current);
      this.base = clientChangesOf(this.fb, current);
      this.baseVersion.set(current.version);
      this.conflict.set(null);
      this.failure.set(null);
      this.submitted.set(false);
    }
  }

  private async loadClient(id: string): Promise<void> {
    await this.store.load(id);
    const loaded = this.store.client();
    if (loaded) {
      fillClientForm(this.form, this.fb, loaded);
      this.base = clientChangesOf(this.fb, loaded);
      this.baseVersion.set(loaded.version);
    }
  }

  private describeDifferences(mine: ClientChanges, saved: ClientView): ConflictRow[] {
    const t = this.text().detail;
    const c = this.text().create;
    const label = (text: { nl: string; en: string }) => this.i18n.label(text);
    const list = (values: string[]) => (values.length > 0 ? values.join(', ') : t.none);
    const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    const sorted = (values: readonly string[]) => [...values].sort();
    const rows: ConflictRow[] = [];
    if (
      mine.givenName !== saved.givenName ||
      (mine.familyNamePrefix ?? null) !== saved.familyNamePrefix ||
      mine.familyName !== saved.familyName
    ) {
      rows.push({ label: c.name, saved: formatClientName(saved) });
    }
    if ((mine.dateOfBirth ?? null) !== saved.dateOfBirth) {
      rows.push({
        label: t.dateOfBirth,
        saved: saved.dateOfBirth ? this.i18n.formatDate(saved.dateOfBirth, 'longDate') : t.unknown,
      });
    }
    if ((mine.phone ?? null) !== saved.phone) {
      rows.push({ label: t.phone, saved: saved.phone ?? t.unknown });
    }
    if ((mine.email ?? null) !== saved.email) {
      rows.push({ label: t.email, saved: saved.email ?? t.unknown });
    }
    if (!same(mine.address, saved.address)) {
      const a = saved.address;
      rows.push({ label: t.address, saved: a ? `${a.street} ${a.houseNumber}, ${a.postcode} ${a.city}` : t.unknown });
    }
    if (!same(mine.municipality, { name: saved.municipality.name, code: saved.municipality.code })) {
      rows.push({ label: t.municipality, saved: `${saved.municipality.name} (${saved.municipality.code})` });
    }
    if (mine.preferredLanguage !== saved.preferredLanguage) {
      rows.push({ label: t.preferredLanguage, saved: this.languageName(saved.preferredLanguage) });
    }
    if (mine.interpreterNeeded !== saved.interpreterNeeded) {
      rows.push({ label: t.interpreterNeeded, saved: saved.interpreterNeeded ? t.yes : t.no });
    }
    if (!same(sorted(mine.accessibilityNeeds), sorted(saved.accessibilityNeeds))) {
      rows.push({
        label: t.accessibilityNeeds,
        saved: list(saved.accessibilityNeeds.map((n) => label(ACCESSIBILITY_NEED_LABELS[n]))),
      });
    }
    const savedRepresentatives = saved.representatives.map((r) => ({
      kind: r.kind,
      name: r.name,
      phone: r.phone ?? null,
      email: r.email ?? null,
    }));
    if (!same(mine.representatives, savedRepresentatives)) {
      rows.push({
        label: t.representatives,
        saved: list(saved.representatives.map((r) => `${r.name} (${label(REPRESENTATIVE_KIND_LABELS[r.kind])})`)),
      });
    }
    const savedConsent = saved.processingConsent
      ? { givenOn: saved.processingConsent.givenOn, scope: saved.processingConsent.scope }
      : null;
    if (!same(mine.processingConsent, savedConsent)) {
      rows.push({
        label: t.consent,
        saved: saved.processingConsent
          ? `${t.consentText(this.i18n.formatDate(saved.processingConsent.givenOn), saved.processingConsent.recordedBy.displayName)}: ${saved.processingConsent.scope}`
          : t.noConsent,
      });
    }
    return rows;
  }

  private languageName(code: string): string {
    return new Intl.DisplayNames([this.i18n.language()], { type: 'language' }).of(code) ?? code;
  }
}
