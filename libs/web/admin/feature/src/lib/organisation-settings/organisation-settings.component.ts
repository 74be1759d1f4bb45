import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  inject,
  signal,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  MAX_NO_CONTACT_DAYS,
  MAX_RETENTION_MONTHS,
  MIN_NO_CONTACT_DAYS,
  MIN_RETENTION_MONTHS,
  SECOND_FACTOR_POLICIES,
  type SecondFactorPolicy,
} from '@naast/contracts';
import {
  CORE_MESSAGES,
  I18n,
  SERVER_ERROR_KEY,
  applyFieldErrors,
  describeApiError,
  requestOutcome,
} from '@naast/web-core';
import { AdminApiService } from '../admin-api.service';

const nl = {
  title: 'Instellingen van de organisatie',
  noContactDays: 'Geen contact na … dagen',
  noContactHint: 'Na zoveel dagen zonder contact vraagt een ondersteuningsvraag aandacht op de startpagina’s.',
  save: 'Opslaan',
  saving: 'Bezig met opslaan…',
  saved: 'De instelling is opgeslagen.',
  required: 'Vul een aantal dagen in.',
  range: (min: number, max: number) => `Kies een heel getal van ${min} tot en met ${max}.`,
  retentionMonths: 'Bewaartermijn in maanden',
  retentionHint:
    'Zoveel maanden nadat de laatste zaak van een cliënt is afgesloten, anonimiseert Naast de cliënt (standaard 24: twee jaar).',
  retentionRequired: 'Vul een aantal maanden in.',
  secondFactorPolicy: 'Tweestapsverificatie verplicht voor',
  secondFactorHint: 'Beheerders en teamleiders hebben tweestapsverificatie altijd nodig.',
  policies: {
    every_role: 'Iedere rol',
    admins_and_team_leads: 'Alleen beheerders en teamleiders',
  } as Record<SecondFactorPolicy, string>,
};
const en: typeof nl = {
  title: 'Organisation settings',
  noContactDays: 'No contact after … days',
  noContactHint: 'After this many days without contact a support request needs attention on the start pages.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'The setting has been saved.',
  required: 'Enter a number of days.',
  range: (min: number, max: number) => `Choose a whole number from ${min} to ${max}.`,
  retentionMonths: 'Retention period in months',
  retentionHint:
    "This many months after a client's last case closed, Naast anonymises the client (default 24: two years).",
  retentionRequired: 'Enter a number of months.',
  secondFactorPolicy: 'Two-step verification required for',
  secondFactorHint: 'Administrators and team leads always need two-step verification.',
  policies: {
    every_role: 'Every role',
    admins_and_team_leads: 'Administrators and team leads only',
  } as Record<SecondFactorPolicy, string>,
};

/** "Geen contact na … dagen": the N behind every "no contact" figure of the organisation. */
@Component({
  selector: 'naast-organisation-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  template: `
    @let t = text();
    <section aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">{{ t.title }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="settings">
        <mat-form-field appearance="outline">
          <mat-label>{{ t.noContactDays }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="numeric"
            formControlName="noContactDays"
            [min]="min"
            [max]="max"
            step="1"
            required
          />
          <mat-hint>{{ t.noContactHint }}</mat-hint>
          @if (form.controls.noContactDays.invalid) {
            <mat-error>{{ fieldError() }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t.retentionMonths }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="numeric"
            formControlName="retentionMonths"
            [min]="minRetention"
            [max]="maxRetention"
            step="1"
            required
          />
          <mat-hint>{{ t.retentionHint }}</mat-hint>
          @if (form.controls.retentionMonths.invalid) {
            <mat-error>{{ retentionError() }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ t.secondFactorPolicy }}</mat-label>
          <mat-select formControlName="secondFactorPolicy">
            @for (policy of policies; track policy) {
              <mat-option [value]="policy">{{ t.policies[policy] }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ t.secondFactorHint }}</mat-hint>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving() || !loaded()">
          {{ saving() ? t.saving : t.save }}
        </button>
      </form>
      <p role="status" class="notice">{{ notice() }}</p>
      @if (alert(); as message) {
        <p role="alert" class="error">{{ message }}</p>
      }
    </section>
  `,
  styles: `
    .settings {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 16px;
      mat-form-field {
        width: min(100%, 24rem);
      }
      button {
        min-height: 48px;
        margin-top: 4px;
      }
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class OrganisationSettingsComponent implements OnInit {
  private readonly api = inject(AdminApiService);
  private readonly i18n = inject(I18n);

  private readonly messages = { nl, en };
  protected readonly text = computed(() => this.messages[this.i18n.language()]);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly min = MIN_NO_CONTACT_DAYS;
  protected readonly max = MAX_NO_CONTACT_DAYS;
  protected readonly minRetention = MIN_RETENTION_MONTHS;
  protected readonly maxRetention = MAX_RETENTION_MONTHS;
  protected readonly policies = SECOND_FACTOR_POLICIES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    noContactDays: [
      null as number | null,
      [
        Validators.required,
        Validators.min(MIN_NO_CONTACT_DAYS),
        Validators.max(MAX_NO_CONTACT_DAYS),
        Validators.pattern(/^\d+$/),
      ],
    ],
    retentionMonths: [
      null as number | null,
      [
        Validators.required,
        Validators.min(MIN_RETENTION_MONTHS),
        Validators.max(MAX_RETENTION_MONTHS),
        Validators.pattern(/^\d+$/),
      ],
    ],
    secondFactorPolicy: ['every_role' as SecondFactorPolicy],
  });
  protected readonly loaded = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal('');
  protected readonly alert = signal<string | null>(null);
  private readonly errorVersion = signal(0);
  protected readonly fieldError = computed(() => {
    this.errorVersion();
    const errors = this.form.controls.noContactDays.errors ?? {};
    const t = this.text();
    const server: unknown = errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') {
      return server;
    }
    return errors['required'] ? t.required : t.range(MIN_NO_CONTACT_DAYS, MAX_NO_CONTACT_DAYS);
  });
  protected readonly retentionError = computed(() => {
    this.errorVersion();
    const errors = this.form.controls.retentionMonths.errors ?? {};
    const t = this.text();
    const server: unknown = errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') {
      return server;
    }
    return errors['required'] ? t.retentionRequired : t.range(MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS);
  });

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => {
      this.errorVersion.update((n) => n + 1);
      changeDetector.markForCheck();
    });
  }

  ngOnInit(): void {
    void this.load();
  }

  protected async save(): Promise<void> {
    this.notice.set('');
    this.alert.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const outcome = await requestOutcome(
      this.api.updateOrganisation({
        noContactDays: Number(this.form.controls.noContactDays.value),
        // Only a changed retention period is sent: the PATCH leaves out what stays.
        ...(this.form.controls.retentionMonths.dirty && {
          retentionMonths: Number(this.form.controls.retentionMonths.value),
        }),
        ...(this.form.controls.secondFactorPolicy.dirty && {
          secondFactorPolicy: this.form.controls.secondFactorPolicy.value,
        }),
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.form.reset({
        noContactDays: outcome.value.noContactDays,
        retentionMonths: outcome.value.retentionMonths,
        secondFactorPolicy: outcome.value.secondFactorPolicy,
      });
      this.notice.set(this.text().saved);
      return;
    }
    applyFieldErrors(this.form, outcome.error.details);
    this.alert.set(describeApiError(outcome.error, this.coreText().errors));
  }

  private async load(): Promise<void> {
    const outcome = await requestOutcome(this.api.organisation());
    if (outcome.ok) {
      this.form.reset({
        noContactDays: outcome.value.noContactDays,
        retentionMonths: outcome.value.retentionMonths,
        secondFactorPolicy: outcome.value.secondFactorPolicy,
      });
      this.loaded.set(true);
    } else {
      this.alert.set(describeApiError(outcome.error, this.coreText().errors));
    }
  }
}
