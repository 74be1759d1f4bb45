import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  type OnInit,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  COMMISSIONING_PARTY_KINDS,
  DOMAINS,
  INVOLVED_PARTY_KINDS,
  INVOLVED_PARTY_KIND_LABELS,
  LEGAL_FRAMEWORKS,
  LEGAL_FRAMEWORK_LABELS,
  REFERRAL_SOURCES,
  REFERRAL_SOURCE_LABELS,
  type UserRef,
} from '@naast/contracts';
import { ColleaguesApiService } from '@naast/web-cases-data-access';
import { FieldErrorPipe, I18n, SessionStore, markForCheckOnFormEvents, requestOutcome } from '@naast/web-core';
import { CASES_MESSAGES } from '../cases.messages';
import { buildInvolvedPartyForm, today, type CaseForm } from './case-form';

const COMMISSIONING_KIND_LABELS = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  zorgkantoor: { nl: 'Zorgkantoor', en: 'Care office (Wlz)' },
} as const;

/** The fields of a case, shared by the new-case and edit pages. The page owns the form and the submit. */
@Component({
  selector: 'naast-case-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    FieldErrorPipe,
  ],
  templateUrl: './case-form.component.html',
  styleUrl: './case-form.component.scss',
})
export class CaseFormComponent implements OnInit {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly colleaguesApi = inject(ColleaguesApiService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly destroyRef = inject(DestroyRef);

  readonly form = input.required<CaseForm>();
  readonly mode = input<'create' | 'edit'>('create');
  /** The team of the client or case: its supporters and volunteers are offered. */
  readonly teamId = input<string | null>(null);

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  protected readonly today = today();
  protected readonly supporters = signal<UserRef[]>([]);
  protected readonly volunteers = signal<UserRef[]>([]);
  protected readonly myId = computed(() => this.session.user()?.id ?? null);
  /** DOMAINS is ordered with zorg, wonen, werk and inkomen first. */
  protected readonly domainOptions = computed(() =>
    DOMAINS.map((domain) => ({ value: domain.code, label: this.i18n.label(domain), primary: domain.primary })),
  );
  protected readonly legalFrameworkOptions = computed(() =>
    LEGAL_FRAMEWORKS.map((value) => ({ value, label: this.i18n.label(LEGAL_FRAMEWORK_LABELS[value]) })),
  );
  protected readonly commissioningKindOptions = computed(() =>
    COMMISSIONING_PARTY_KINDS.map((value) => ({ value, label: this.i18n.label(COMMISSIONING_KIND_LABELS[value]) })),
  );
  protected readonly referralOptions = computed(() =>
    REFERRAL_SOURCES.map((value) => ({ value, label: this.i18n.label(REFERRAL_SOURCE_LABELS[value]) })),
  );
  protected readonly partyKindOptions = computed(() =>
    INVOLVED_PARTY_KINDS.map((value) => ({ value, label: this.i18n.label(INVOLVED_PARTY_KIND_LABELS[value]) })),
  );

  constructor() {
    effect(() => {
      const teamId = this.teamId();
      untracked(() => void this.loadColleagues(teamId));
    });
  }

  ngOnInit(): void {
    markForCheckOnFormEvents(this.form(), this.changeDetector, this.destroyRef);
  }

  protected addParty(): void {
    this.form().controls.involvedParties.push(buildInvolvedPartyForm(this.fb));
  }

  protected removeParty(index: number): void {
    this.form().controls.involvedParties.removeAt(index);
  }

  /** Who can be on the case depends on its team; until the client is chosen there is no one to offer. */
  private async loadColleagues(teamId: string | null): Promise<void> {
    if (!teamId) {
      this.supporters.set([]);
      this.volunteers.set([]);
      return;
    }
    const [supporters, volunteers] = await Promise.all([
      requestOutcome(this.colleaguesApi.list({ teamId, role: 'supporter' })),
      requestOutcome(this.colleaguesApi.list({ teamId, role: 'volunteer' })),
    ]);
    const byName = (a: UserRef, b: UserRef) => a.displayName.localeCompare(b.displayName, this.i18n.locale());
    this.supporters.set(supporters.ok ? [...supporters.value].sort(byName) : []);
    this.volunteers.set(volunteers.ok ? [...volunteers.value].sort(byName) : []);
  }
}
