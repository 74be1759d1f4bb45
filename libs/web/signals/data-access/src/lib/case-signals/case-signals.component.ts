import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  SIGNAL_CATEGORIES,
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_FOLLOW_UP_KINDS,
  SIGNAL_FOLLOW_UP_KIND_LABELS,
  type ApiError,
  type FieldError,
  type SignalCategory,
  type SignalFollowUpKind,
  type SignalView,
} from '@naast/contracts';
import { I18n } from '@naast/web-core';
import { CaseSignalsStore } from '../case-signals.store';
import { SIGNALS_MESSAGES } from '../signals.messages';

/** Today in the browser's calendar, as YYYY-MM-DD (the default date of a new signal). */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The barriers met on a case (signalen) with what was done about them: the list, a form to record
 * one and, per signal, a form to record a follow-up. One element for the case page:
 * `<naast-case-signals [caseId]="…" [canRecord]="…" />`.
 */
@Component({
  selector: 'naast-case-signals',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  providers: [CaseSignalsStore],
  templateUrl: './case-signals.component.html',
  styleUrl: './case-signals.component.scss',
})
export class CaseSignalsComponent {
  readonly caseId = input.required<string>();
  /** Whether the viewer may record a signal on this case (the server decides in the end). */
  readonly canRecord = input(false);

  private readonly store = inject(CaseSignalsStore);
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(SIGNALS_MESSAGES);
  protected readonly signals = this.store.signals;
  protected readonly loadError = this.store.loadError;
  protected readonly saving = this.store.saving;
  protected readonly categories = SIGNAL_CATEGORIES;
  protected readonly followUpKinds = SIGNAL_FOLLOW_UP_KINDS;
  protected readonly today = today();

  protected readonly adding = signal(false);
  protected readonly followingUp = signal<string | null>(null);
  protected readonly notice = signal('');
  protected readonly alert = signal('');
  protected readonly fieldErrors = signal<FieldError[]>([]);

  protected readonly draft = signal({
    category: 'language' as SignalCategory,
    description: '',
    occurredOn: today(),
    involvedParty: '',
  });
  protected readonly followUpDraft = signal({
    kind: 'gemeente' as SignalFollowUpKind,
    recipient: '',
    doneOn: today(),
    note: '',
  });

  protected readonly items = computed(() => {
    const language = this.i18n.language();
    const t = this.text();
    return (this.signals() ?? []).map((s) => ({
      signal: s,
      category: SIGNAL_CATEGORY_LABELS[s.category][language],
      date: this.i18n.formatDate(s.occurredOn, 'date'),
      recordedBy: t.recordedBy(s.recordedBy.displayName, this.i18n.formatDate(s.recordedAt, 'date')),
      followUps: s.followUps.map((f) => ({
        id: f.id,
        kind: SIGNAL_FOLLOW_UP_KIND_LABELS[f.kind][language],
        recipient: f.recipient,
        date: this.i18n.formatDate(f.doneOn, 'date'),
        note: f.note,
      })),
    }));
  });

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.store.load(caseId));
    });
  }

  protected categoryLabel(category: SignalCategory): string {
    return SIGNAL_CATEGORY_LABELS[category][this.i18n.language()];
  }

  protected kindLabel(kind: SignalFollowUpKind): string {
    return SIGNAL_FOLLOW_UP_KIND_LABELS[kind][this.i18n.language()];
  }

  protected errorFor(field: string): string | null {
    return this.fieldErrors().find((e) => e.field === field)?.reason ?? null;
  }

  protected setDraft(field: 'category' | 'description' | 'occurredOn' | 'involvedParty', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.draft.update((d) => ({ ...d, [field]: value }));
  }

  protected setFollowUp(field: 'kind' | 'recipient' | 'doneOn' | 'note', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.followUpDraft.update((d) => ({ ...d, [field]: value }));
  }

  protected startAdding(): void {
    this.followingUp.set(null);
    this.fieldErrors.set([]);
    this.alert.set('');
    this.adding.set(true);
  }

  protected startFollowUp(signalView: SignalView): void {
    this.adding.set(false);
    this.fieldErrors.set([]);
    this.alert.set('');
    this.followUpDraft.set({ kind: 'gemeente', recipient: '', doneOn: today(), note: '' });
    this.followingUp.set(signalView.id);
  }

  protected cancel(): void {
    this.adding.set(false);
    this.followingUp.set(null);
    this.fieldErrors.set([]);
    this.alert.set('');
  }

  protected async recordSignal(event: Event): Promise<void> {
    event.preventDefault();
    const d = this.draft();
    const outcome = await this.store.create(this.caseId(), {
      category: d.category,
      description: d.description,
      occurredOn: d.occurredOn,
      involvedParty: d.involvedParty.trim() || null,
    });
    if (outcome.ok) {
      this.adding.set(false);
      this.fieldErrors.set([]);
      this.draft.set({ category: 'language', description: '', occurredOn: today(), involvedParty: '' });
      this.notice.set(this.text().recorded);
    } else this.showError(outcome.error);
  }

  protected async recordFollowUp(event: Event, signalView: SignalView): Promise<void> {
    event.preventDefault();
    const d = this.followUpDraft();
    const outcome = await this.store.addFollowUp(signalView.id, {
      version: signalView.version,
      kind: d.kind,
      recipient: d.recipient.trim() || null,
      doneOn: d.doneOn,
      note: d.note.trim() || null,
    });
    if (outcome.ok) {
      this.followingUp.set(null);
      this.fieldErrors.set([]);
      this.notice.set(this.text().followUpAdded);
    } else this.showError(outcome.error);
  }

  private showError(error: ApiError): void {
    const t = this.text();
    this.fieldErrors.set(error.details ?? []);
    this.alert.set(
      error.statusCode === 409 ? t.conflict : error.statusCode === 400 ? t.invalid : error.message || t.failed,
    );
  }
}
