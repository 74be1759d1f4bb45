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
  ROLE_LABELS,
  type TeamRef,
  type UserRef,
} from '@naast/contracts';
import { ColleaguesApiService } from '@naast/web-cases-data-access';
import { FieldErrorPipe, I18n, SessionStore, markForCheckOnFormEvents, requestOutcome } from '@naast/web-core';
import { CASES_MESSAGES } from '../cases.messages';
import { COMMISSIONING_KIND_LABELS, buildInvolvedPartyForm, today, type CaseForm } from './case-form';

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
  /** The team of the case: its supporters, team leads and volunteers are offered. */
  readonly teamId = input<string | null>(null);
  /** New case by a team lead: the teams to choose from (shown when there is a choice). */
  readonly teams = input<readonly TeamRef[]>([]);

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  protected readonly today = today();
  /** Who may lead the case: its team's supporters and team leads. */
  protected readonly leads = signal<UserRef[]>([]);
  protected readonly volunteers = signal<UserRef[]>([]);
  /** Everyone the form offers, so a page can name the people an edit holds as ids. */
  readonly colleagues = computed<readonly UserRef[]>(() => [...this.leads(), ...this.volunteers()]);
  protected readonly leadOptions = computed(() =>
    this.leads()
      // "Ikzelf" stands for the signed-in user on a new case.
      .filter((user) => this.mode() === 'edit' || user.id !== this.myId())
      .map((user) => ({
        id: user.id,
        label:
          user.role === 'team_lead'
            ? `${user.displayName} (${this.i18n.label(ROLE_LABELS.team_lead)})`
            : user.displayName,
      })),
  );
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

  /** Who can be on the case depends on its team; until the team is known there is no one to offer. */
  private async loadColleagues(teamId: string | null): Promise<void> {
    if (!teamId) {
      this.leads.set([]);
      this.volunteers.set([]);
      return;
    }
    const outcome = await requestOutcome(this.colleaguesApi.list({ teamId }));
    if (teamId !== this.teamId()) {
      return;
    }
    const members = outcome.ok
      ? [...outcome.value].sort((a, b) => a.displayName.localeCompare(b.displayName, this.i18n.locale()))
      : [];
    this.leads.set(members.filter((user) => user.role === 'supporter' || user.role === 'team_lead'));
    this.volunteers.set(members.filter((user) => user.role === 'volunteer'));
    if (outcome.ok && this.mode() === 'create') {
      this.dropChoicesOutsideTeam();
    }
  }

  /** After choosing another team, people of the former team are no longer offered, so they are not sent either. */
  private dropChoicesOutsideTeam(): void {
    const controls = this.form().controls;
    const leadIds = new Set(this.leads().map((user) => user.id));
    if (controls.leadSupporterId.value && !leadIds.has(controls.leadSupporterId.value)) {
      controls.leadSupporterId.setValue('');
    }
    const volunteerIds = new Set(this.volunteers().map((user) => user.id));
    const kept = controls.volunteerIds.value.filter((id) => volunteerIds.has(id));
    if (kept.length !== controls.volunteerIds.value.length) {
      controls.volunteerIds.setValue(kept);
    }
  }
}
