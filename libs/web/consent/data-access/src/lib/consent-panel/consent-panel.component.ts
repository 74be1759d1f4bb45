import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  CONSENT_GIVERS,
  CONSENT_GIVER_LABELS,
  CONSENT_SCOPES,
  CONSENT_SCOPE_LABELS,
  CONSENT_STATUS_LABELS,
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  DISCLOSURE_EXCEPTIONS,
  DISCLOSURE_EXCEPTION_LABELS,
  MIN_EXCEPTION_REASON_LENGTH,
  REPRESENTATIVE_CAPACITIES,
  REPRESENTATIVE_CAPACITY_LABELS,
  consentStatusOn,
  type ApiError,
  type ConsentGiver,
  type ConsentScope,
  type ConsentView,
  type DataCategory,
  type DisclosureException,
  type FieldError,
  type RepresentativeCapacity,
} from '@naast/contracts';
import { I18n, SessionStore } from '@naast/web-core';
import { CONSENT_MESSAGES } from '../consent.messages';
import { ConsentStore } from '../consent.store';

/** Today in the browser's calendar, as YYYY-MM-DD (the default date of a new record). */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

type Form = 'consent' | 'disclosure' | { withdraw: string } | null;

const emptyConsent = () => ({
  scope: 'disclosure' as ConsentScope,
  recipient: '',
  purpose: '',
  dataCategories: [] as DataCategory[],
  givenOn: today(),
  givenBy: 'client' as ConsentGiver,
  representativeName: '',
  representativeCapacity: 'curator' as RepresentativeCapacity,
  validUntil: '',
});

const emptyDisclosure = () => ({
  recipient: '',
  purpose: '',
  dataCategories: [] as DataCategory[],
  disclosedOn: today(),
  ground: 'consent' as 'consent' | 'exception',
  consentId: '',
  exceptionKind: 'meldcode' as DisclosureException,
  exceptionReason: '',
});

/**
 * A client's consents (toestemming) with their status, and the disclosures (verstrekkingen) made,
 * with forms to record consent, withdraw it and record a disclosure. One element for the client page
 * and the case page: `<naast-consent-panel [clientId]="…" [caseId]="…" />`. Volunteers and
 * administrators do not read consent records, so for them the panel shows nothing.
 */
@Component({
  selector: 'naast-consent-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  providers: [ConsentStore],
  templateUrl: './consent-panel.component.html',
  styleUrl: './consent-panel.component.scss',
})
export class ConsentPanelComponent {
  readonly clientId = input.required<string>();
  /** On the case page: disclosures recorded here belong to this case. */
  readonly caseId = input<string | null>(null);

  private readonly store = inject(ConsentStore);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);
  protected readonly text = this.i18n.messages(CONSENT_MESSAGES);
  protected readonly visible = computed(() => {
    const role = this.session.role();
    return role === 'supporter' || role === 'team_lead';
  });
  protected readonly view = this.store.view;
  protected readonly loadError = this.store.loadError;
  protected readonly saving = this.store.saving;
  protected readonly today = today();
  protected readonly scopes = CONSENT_SCOPES;
  protected readonly givers = CONSENT_GIVERS;
  protected readonly capacities = REPRESENTATIVE_CAPACITIES;
  protected readonly categories = DATA_CATEGORIES;
  protected readonly exceptions = DISCLOSURE_EXCEPTIONS;
  protected readonly minReason = MIN_EXCEPTION_REASON_LENGTH;

  protected readonly form = signal<Form>(null);
  protected readonly notice = signal('');
  protected readonly alert = signal('');
  protected readonly fieldErrors = signal<FieldError[]>([]);
  protected readonly consentDraft = signal(emptyConsent());
  protected readonly disclosureDraft = signal(emptyDisclosure());
  protected readonly withdrawDraft = signal({ withdrawnOn: today(), note: '' });

  protected readonly consentItems = computed(() => {
    const language = this.i18n.language();
    const t = this.text();
    return (this.view()?.consents ?? []).map((c) => ({
      consent: c,
      scope: CONSENT_SCOPE_LABELS[c.scope][language],
      status: CONSENT_STATUS_LABELS[c.status][language],
      validity: t.validity(
        this.i18n.formatDate(c.givenOn, 'date'),
        c.validUntil ? this.i18n.formatDate(c.validUntil, 'date') : null,
      ),
      withdrawn: c.withdrawnOn ? t.withdrawnLine(this.i18n.formatDate(c.withdrawnOn, 'date')) : null,
      givenBy: t.givenByLine(
        c.givenBy === 'client' || !c.representativeCapacity
          ? CONSENT_GIVER_LABELS[c.givenBy][language]
          : `${c.representativeName ?? ''} (${REPRESENTATIVE_CAPACITY_LABELS[c.representativeCapacity][language].toLowerCase()})`,
      ),
      categories: c.dataCategories.map((d) => DATA_CATEGORY_LABELS[d][language]).join(', '),
      recordedBy: t.recordedBy(c.recordedBy.displayName, this.i18n.formatDate(c.recordedAt, 'date')),
    }));
  });

  protected readonly disclosureItems = computed(() => {
    const language = this.i18n.language();
    const t = this.text();
    const caseId = this.caseId();
    return (this.view()?.disclosures ?? []).map((d) => ({
      disclosure: d,
      date: this.i18n.formatDate(d.disclosedOn, 'date'),
      ground: d.exceptionKind
        ? t.underException(DISCLOSURE_EXCEPTION_LABELS[d.exceptionKind][language])
        : t.underConsent,
      categories: d.dataCategories.map((c) => DATA_CATEGORY_LABELS[c][language]).join(', '),
      onThisCase: caseId !== null && d.caseId === caseId,
      recordedBy: t.recordedBy(d.recordedBy.displayName, this.i18n.formatDate(d.recordedAt, 'date')),
    }));
  });

  /** Disclosure consents valid on the chosen date: the ones a disclosure can rest on. */
  protected readonly usableConsents = computed(() => {
    const date = this.disclosureDraft().disclosedOn || this.today;
    return (this.view()?.consents ?? []).filter(
      (c) => c.scope === 'disclosure' && consentStatusOn(c, date) === 'geldig',
    );
  });

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (this.visible()) untracked(() => void this.store.load(clientId));
    });
  }

  protected label(kind: 'scope' | 'giver' | 'capacity' | 'category' | 'exception', value: string): string {
    const language = this.i18n.language();
    switch (kind) {
      case 'scope':
        return CONSENT_SCOPE_LABELS[value as ConsentScope][language];
      case 'giver':
        return CONSENT_GIVER_LABELS[value as ConsentGiver][language];
      case 'capacity':
        return REPRESENTATIVE_CAPACITY_LABELS[value as RepresentativeCapacity][language];
      case 'category':
        return DATA_CATEGORY_LABELS[value as DataCategory][language];
      case 'exception':
        return DISCLOSURE_EXCEPTION_LABELS[value as DisclosureException][language];
    }
  }

  protected consentOption(consent: ConsentView): string {
    const categories = consent.dataCategories.map((c) => this.label('category', c).toLowerCase()).join(', ');
    return `${consent.recipient ?? ''} · ${categories}`;
  }

  protected errorFor(field: string): string | null {
    return this.fieldErrors().find((e) => e.field === field)?.reason ?? null;
  }

  protected isOpen(kind: 'consent' | 'disclosure'): boolean {
    return this.form() === kind;
  }

  protected withdrawing(consentId: string): boolean {
    const form = this.form();
    return typeof form === 'object' && form !== null && form.withdraw === consentId;
  }

  protected open(form: Form): void {
    this.fieldErrors.set([]);
    this.alert.set('');
    this.notice.set('');
    if (form === 'consent') this.consentDraft.set(emptyConsent());
    if (form === 'disclosure') this.disclosureDraft.set(emptyDisclosure());
    if (typeof form === 'object' && form !== null) this.withdrawDraft.set({ withdrawnOn: today(), note: '' });
    this.form.set(form);
  }

  protected cancel(): void {
    this.form.set(null);
    this.fieldErrors.set([]);
    this.alert.set('');
  }

  protected setConsent(field: keyof ReturnType<typeof emptyConsent>, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.consentDraft.update((d) => ({ ...d, [field]: value }));
  }

  protected setDisclosure(field: keyof ReturnType<typeof emptyDisclosure>, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.disclosureDraft.update((d) => ({ ...d, [field]: value }));
    if (field === 'consentId') {
      // Picking a consent fills in its recipient when none was typed yet.
      const chosen = this.usableConsents().find((c) => c.id === value);
      if (chosen?.recipient)
        this.disclosureDraft.update((d) => (d.recipient ? d : { ...d, recipient: chosen.recipient ?? '' }));
    }
  }

  protected setWithdraw(field: 'withdrawnOn' | 'note', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.withdrawDraft.update((d) => ({ ...d, [field]: value }));
  }

  protected toggleCategory(target: 'consent' | 'disclosure', category: DataCategory, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const next = (list: DataCategory[]) =>
      checked ? DATA_CATEGORIES.filter((c) => c === category || list.includes(c)) : list.filter((c) => c !== category);
    if (target === 'consent') this.consentDraft.update((d) => ({ ...d, dataCategories: next(d.dataCategories) }));
    else this.disclosureDraft.update((d) => ({ ...d, dataCategories: next(d.dataCategories) }));
  }

  protected async recordConsent(event: Event): Promise<void> {
    event.preventDefault();
    const d = this.consentDraft();
    const representative = d.givenBy === 'legal_representative';
    const outcome = await this.store.createConsent(this.clientId(), {
      scope: d.scope,
      recipient: d.recipient.trim() || null,
      purpose: d.purpose,
      dataCategories: d.dataCategories,
      givenOn: d.givenOn,
      givenBy: d.givenBy,
      representativeName: representative ? d.representativeName.trim() || null : null,
      representativeCapacity: representative ? d.representativeCapacity : null,
      validUntil: d.validUntil || null,
    });
    this.settle(outcome, this.text().consentRecorded);
  }

  protected async withdraw(event: Event, consent: ConsentView): Promise<void> {
    event.preventDefault();
    const d = this.withdrawDraft();
    const outcome = await this.store.withdraw(consent.id, {
      version: consent.version,
      withdrawnOn: d.withdrawnOn,
      note: d.note.trim() || null,
    });
    this.settle(outcome, this.text().consentWithdrawn);
  }

  protected async recordDisclosure(event: Event): Promise<void> {
    event.preventDefault();
    const d = this.disclosureDraft();
    const byConsent = d.ground === 'consent';
    const outcome = await this.store.createDisclosure(this.clientId(), {
      caseId: this.caseId(),
      recipient: d.recipient,
      purpose: d.purpose,
      dataCategories: d.dataCategories,
      disclosedOn: d.disclosedOn,
      consentId: byConsent ? d.consentId || null : null,
      exceptionKind: byConsent ? null : d.exceptionKind,
      exceptionReason: byConsent ? null : d.exceptionReason.trim() || null,
    });
    this.settle(outcome, this.text().disclosureRecorded);
  }

  private settle(outcome: { ok: true } | { ok: false; error: ApiError }, done: string): void {
    if (outcome.ok) {
      this.form.set(null);
      this.fieldErrors.set([]);
      this.alert.set('');
      this.notice.set(done);
      return;
    }
    const t = this.text();
    this.fieldErrors.set(outcome.error.details ?? []);
    this.alert.set(
      outcome.error.statusCode === 409
        ? t.conflict
        : outcome.error.statusCode === 400
          ? t.invalid
          : outcome.error.message || t.failed,
    );
  }
}
