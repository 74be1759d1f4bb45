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
  DOMAINS,
  INVOLVED_PARTY_KIND_LABELS,
  LEGAL_FRAMEWORK_LABELS,
  REFERRAL_SOURCE_LABELS,
  type ApiError,
  type CaseView,
  type FieldError,
} from '@naast/contracts';
import { CaseDetailStore, type CaseChanges } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  FormErrorSummaryComponent,
  changedFields,
  I18n,
  applyFieldErrors,
  caseUrl,
  conflictCurrent,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
} from '@naast/web-core';
import { CASES_MESSAGES } from '../cases.messages';
import { buildCaseForm, caseChangesOf, fillCaseForm, toCaseChanges } from '../case-form/case-form';
import { CaseFormComponent } from '../case-form/case-form.component';

interface ConflictRow {
  label: string;
  saved: string;
}

/** Editing a case. A 409 keeps what the user typed and shows what is saved now, field by field. */
@Component({
  selector: 'naast-case-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, CaseFormComponent, FormErrorSummaryComponent],
  providers: [CaseDetailStore],
  templateUrl: './case-edit.component.html',
  styleUrl: './case-edit.component.scss',
})
export class CaseEditComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly store = inject(CaseDetailStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly form = buildCaseForm(this.fb);
  protected readonly supportCase = this.store.supportCase;
  protected readonly saving = this.store.saving;
  protected readonly submitted = signal(false);
  /** The version the user's edit is based on; moves forward only when the user decides. */
  private readonly baseVersion = signal<number | null>(null);
  /** The case as the edit started from: only fields that differ from it are sent. */
  private base: CaseChanges | null = null;
  private readonly failure = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  /** The server's state at the last 409, shown beside the form. */
  protected readonly conflict = signal<CaseView | null>(null);
  protected readonly conflictRows = signal<ConflictRow[]>([]);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure && failure.statusCode !== 409 ? describeApiError(failure, this.coreText().errors) : null;
  });
  protected readonly backUrl = computed(() => caseUrl(this.id()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.loadCase(id));
    });
  }

  protected async saveCase(): Promise<void> {
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
    const edited = toCaseChanges(this.form);
    const changes = this.base ? changedFields(edited, this.base) : edited;
    if (Object.keys(changes).length === 0) {
      await this.router.navigateByUrl(this.backUrl());
      return;
    }
    const outcome = await this.store.update(changes, baseVersion);
    if (outcome.ok) {
      await this.router.navigateByUrl(caseUrl(outcome.value.id));
      return;
    }
    this.failure.set(outcome.error);
    const current = conflictCurrent<CaseView>(outcome.error);
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
      void this.saveCase();
    }
  }

  protected takeSavedData(): void {
    const current = this.conflict();
    if (current) {
      fillCaseForm(this.form, this.fb, current);
      this.base = caseChangesOf(this.fb, current);
      this.baseVersion.set(current.version);
      this.conflict.set(null);
      this.failure.set(null);
    }
  }

  private async loadCase(id: string): Promise<void> {
    await this.store.load(id);
    const loaded = this.store.supportCase();
    if (loaded) {
      fillCaseForm(this.form, this.fb, loaded);
      this.base = caseChangesOf(this.fb, loaded);
      this.baseVersion.set(loaded.version);
    }
  }

  private describeDifferences(mine: CaseChanges, saved: CaseView): ConflictRow[] {
    const t = this.text().detail;
    const label = (text: { nl: string; en: string }) => this.i18n.label(text);
    const list = (values: string[]) => (values.length > 0 ? values.join(', ') : t.none);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();
    const rows: ConflictRow[] = [];
    if (mine.question !== saved.question) {
      rows.push({ label: t.question, saved: saved.question });
    }
    if (!same(sorted(mine.domains), sorted(saved.domains))) {
      rows.push({
        label: t.domains,
        saved: list(saved.domains.map((code) => label(DOMAINS.find((d) => d.code === code) ?? { nl: code, en: code }))),
      });
    }
    if (!same(sorted(mine.legalFrameworks), sorted(saved.legalFrameworks))) {
      rows.push({
        label: t.legalFrameworks,
        saved: list(saved.legalFrameworks.map((f) => label(LEGAL_FRAMEWORK_LABELS[f]))),
      });
    }
    if (!same(mine.commissioningParty, saved.commissioningParty)) {
      rows.push({
        label: t.commissioningParty,
        saved: `${saved.commissioningParty.name} (${saved.commissioningParty.kind})`,
      });
    }
    if (mine.referralSource !== saved.referralSource) {
      rows.push({ label: t.referralSource, saved: label(REFERRAL_SOURCE_LABELS[saved.referralSource]) });
    }
    if ((mine.firstContactOn ?? null) !== saved.firstContactOn) {
      rows.push({
        label: t.firstContactOn,
        saved: saved.firstContactOn ? this.i18n.formatDate(saved.firstContactOn) : t.notYet,
      });
    }
    if (mine.leadSupporterId !== undefined && mine.leadSupporterId !== saved.leadSupporter.id) {
      rows.push({ label: t.leadSupporter, saved: saved.leadSupporter.displayName });
    }
    if (!same(sorted(mine.volunteerIds), sorted(saved.volunteers.map((v) => v.id)))) {
      rows.push({ label: t.volunteers, saved: list(saved.volunteers.map((v) => v.displayName)) });
    }
    const savedParties = saved.involvedParties.map((p) => ({ kind: p.kind, name: p.name, contact: p.contact ?? null }));
    if (!same(mine.involvedParties, savedParties)) {
      rows.push({
        label: t.involvedParties,
        saved: list(saved.involvedParties.map((p) => `${p.name} (${label(INVOLVED_PARTY_KIND_LABELS[p.kind])})`)),
      });
    }
    return rows;
  }
}
