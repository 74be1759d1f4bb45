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
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, ClientSummary, FieldError } from '@naast/contracts';
import { CasesApiService } from '@naast/web-cases-data-access';
import { ClientSearchStore, ClientsApiService } from '@naast/web-clients-data-access';
import {
  CORE_MESSAGES,
  FormErrorSummaryComponent,
  I18n,
  SessionStore,
  WebPaths,
  applyFieldErrors,
  caseUrl,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
  requestOutcome,
} from '@naast/web-core';
import { debounceTime } from 'rxjs';
import { CASES_MESSAGES } from '../cases.messages';
import { buildCaseForm, toCreateCaseRequest } from '../case-form/case-form';
import { CaseFormComponent } from '../case-form/case-form.component';

const SEARCH_DEBOUNCE_MS = 300;

/** "Nieuwe ondersteuningsvraag": a case for a client, in the client's own words. */
@Component({
  selector: 'naast-case-create',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    CaseFormComponent,
    FormErrorSummaryComponent,
  ],
  providers: [ClientSearchStore],
  templateUrl: './case-create.component.html',
  styleUrl: './case-create.component.scss',
})
export class CaseCreateComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly casesApi = inject(CasesApiService);
  private readonly clientsApi = inject(ClientsApiService);
  private readonly clientSearch = inject(ClientSearchStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  /** Query parameter `client`: the client chosen on the page this came from. */
  readonly client = input<string | undefined>();

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly form = buildCaseForm(this.fb);
  protected readonly clientQuery = new FormControl('', { nonNullable: true });
  protected readonly chosenClient = signal<ClientSummary | null>(null);
  protected readonly clientResults = this.clientSearch.results;
  protected readonly clientSearched = this.clientSearch.searched;
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  private readonly failure = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly clientMissing = computed(() => this.submitted() && !this.chosenClient());
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? describeApiError(failure, this.coreText().errors) : null;
  });
  protected readonly isTeamLead = computed(() => this.session.role() === 'team_lead');
  private readonly myTeams = computed(() => this.session.user()?.teams ?? []);
  /** A team lead opens the case in one of their teams; a supporter's case follows the client and the supporter. */
  protected readonly teamChoices = computed(() => (this.isTeamLead() ? this.myTeams() : []));
  private readonly chosenTeamId = toSignal(this.form.controls.teamId.valueChanges, {
    initialValue: this.form.controls.teamId.value,
  });
  /** The team the case will belong to, as the API decides it: its people are offered as lead and volunteers. */
  protected readonly caseTeamId = computed(() => {
    if (this.isTeamLead()) {
      return this.chosenTeamId() || null;
    }
    const client = this.chosenClient();
    if (!client) {
      return null;
    }
    const myTeamIds = this.myTeams().map((team) => team.id);
    return myTeamIds.includes(client.teamId) ? client.teamId : (myTeamIds[0] ?? client.teamId);
  });
  protected readonly cancelUrl = computed(() =>
    this.isTeamLead() ? `/${WebPaths.teamCaseload}` : `/${WebPaths.caseload}`,
  );

  constructor() {
    if (this.isTeamLead()) {
      const teamId = this.form.controls.teamId;
      teamId.setValidators(Validators.required);
      teamId.setValue(this.myTeams()[0]?.id ?? '');
    }
    effect(() => {
      const clientId = this.client();
      if (clientId) {
        untracked(() => void this.loadClient(clientId));
      }
    });
    this.clientQuery.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((query) => this.clientSearch.search(query));
  }

  protected chooseClient(client: ClientSummary): void {
    this.chosenClient.set(client);
    this.preferClientTeam(client);
    this.unmatchedErrors.update((errors) => errors.filter((e) => e.field !== 'clientId'));
  }

  protected chooseOtherClient(): void {
    this.chosenClient.set(null);
  }

  protected async saveCase(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.submitted.set(true);
    this.failure.set(null);
    this.unmatchedErrors.set([]);
    const client = this.chosenClient();
    if (this.form.invalid || !client) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    const outcome = await requestOutcome(this.casesApi.create(toCreateCaseRequest(client.id, this.form)));
    this.saving.set(false);
    if (outcome.ok) {
      await this.router.navigateByUrl(caseUrl(outcome.value.id));
      return;
    }
    this.failure.set(outcome.error);
    this.unmatchedErrors.set(applyFieldErrors(this.form, outcome.error.details));
    revealFormErrors(this.host.nativeElement, this.injector);
  }

  private async loadClient(clientId: string): Promise<void> {
    const outcome = await requestOutcome(this.clientsApi.get(clientId));
    if (outcome.ok) {
      this.chosenClient.set(outcome.value);
      this.preferClientTeam(outcome.value);
    }
  }

  /** A team lead's case goes to the client's own team when that is one of theirs, unless they chose a team already. */
  private preferClientTeam(client: ClientSummary): void {
    const teamId = this.form.controls.teamId;
    if (this.isTeamLead() && teamId.pristine && this.myTeams().some((team) => team.id === client.teamId)) {
      teamId.setValue(client.teamId);
    }
  }
}
