import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PROCEDURE_KIND_LABELS, PROCEDURE_OUTCOME_LABELS, type ProcedureView } from '@naast/contracts';
import { I18n, SessionStore } from '@naast/web-core';
import { CaseProceduresStore } from '../case-procedures.store';
import { procedureLines, type StepLine } from '../procedure-lines';
import { ProcedureFormComponent } from '../procedure-form/procedure-form.component';
import { PROCEDURES_MESSAGES } from '../procedures.messages';

interface ProcedureCard {
  procedure: ProcedureView;
  title: string;
  outcome: string;
  lines: StepLine[];
  warnings: number;
}

/**
 * The procedures of a case on its page: each step with its date and statutory deadline, warnings in
 * words for a deadline that is near or passed, and the forms to add a procedure and enter dates as
 * they happen. One element for the host page: `<naast-case-procedures [caseId]="…" />`.
 */
@Component({
  selector: 'naast-case-procedures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ProcedureFormComponent],
  providers: [CaseProceduresStore],
  templateUrl: './case-procedures.component.html',
  styleUrl: './case-procedures.component.scss',
})
export class CaseProceduresComponent {
  readonly caseId = input.required<string>();

  private readonly store = inject(CaseProceduresStore);
  private readonly i18n = inject(I18n);
  /** Volunteers do not see procedures (need to know); the panel then shows nothing and asks nothing. */
  private readonly session = inject(SessionStore);
  protected readonly shown = computed(() => {
    const role = this.session.role();
    return role === 'supporter' || role === 'team_lead';
  });
  protected readonly text = this.i18n.messages(PROCEDURES_MESSAGES);
  protected readonly loaded = computed(() => this.store.view() !== null);
  protected readonly loadError = this.store.loadError;
  protected readonly editable = this.store.editable;
  protected readonly adding = signal(false);
  protected readonly editingId = signal<string | null>(null);
  protected readonly notice = signal('');

  protected readonly cards = computed<ProcedureCard[]>(() => {
    const language = this.i18n.language();
    const t = this.text();
    const formatDate = (date: string) => this.i18n.formatDate(date, 'longDate');
    return this.store.procedures().map((procedure) => {
      const lines = procedureLines(procedure.kind, procedure.steps, t, language, formatDate);
      const outcome = PROCEDURE_OUTCOME_LABELS[procedure.outcome][language];
      return {
        procedure,
        title: PROCEDURE_KIND_LABELS[procedure.kind][language],
        outcome: procedure.outcomeOn ? `${outcome} (${this.i18n.formatDate(procedure.outcomeOn, 'date')})` : outcome,
        lines,
        warnings: lines.filter((line) => line.warning).length,
      };
    });
  });
  protected readonly warnings = computed(() => this.cards().reduce((sum, card) => sum + card.warnings, 0));

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      if (this.shown()) untracked(() => void this.store.load(caseId));
    });
  }

  protected startAdding(): void {
    this.editingId.set(null);
    this.adding.set(true);
  }

  protected startEditing(procedure: ProcedureView): void {
    this.adding.set(false);
    this.editingId.set(procedure.id);
  }

  protected added(): void {
    this.adding.set(false);
    this.notice.set(this.text().added);
  }

  protected saved(): void {
    this.editingId.set(null);
    this.notice.set(this.text().saved);
  }

  protected removed(): void {
    this.editingId.set(null);
    this.notice.set(this.text().removed);
  }
}
