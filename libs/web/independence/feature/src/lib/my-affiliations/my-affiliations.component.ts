import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  AFFILIATION_KINDS,
  AFFILIATION_KIND_LABELS,
  INVOLVED_PARTY_KINDS,
  INVOLVED_PARTY_KIND_LABELS,
  type AffiliationDeclarationView,
  type AffiliationInput,
  type AffiliationKind,
  type InvolvedPartyKind,
} from '@naast/contracts';
import { IndependenceApiService } from '@naast/web-independence-data-access';
import {
  CORE_MESSAGES,
  I18n,
  LabelPipe,
  SessionStore,
  WebPaths,
  describeApiError,
  requestOutcome,
} from '@naast/web-core';

interface Row {
  key: number;
  id?: string;
  kind: AffiliationKind;
  partyKind: InvolvedPartyKind;
  partyName: string;
  description: string;
  validFrom: string;
  validUntil: string;
}

let nextKey = 1;

/**
 * "Mijn onafhankelijkheid": the affiliations a person declares (employer, side jobs, a seat in a
 * wijkteam, ties to a provider or the commissioning party), with dates. A team lead or administrator
 * opens someone else's with `?persoon=<id>`.
 */
@Component({
  selector: 'naast-my-affiliations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, RouterLink, LabelPipe],
  templateUrl: './my-affiliations.component.html',
  styleUrl: '../independence-pages.scss',
})
export class MyAffiliationsComponent {
  private readonly api = inject(IndependenceApiService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);

  /** Query parameter: whose declaration (default: the signed-in user's). */
  readonly persoon = input<string | undefined>();

  protected readonly kinds = AFFILIATION_KINDS;
  protected readonly kindLabels = AFFILIATION_KIND_LABELS;
  protected readonly partyKinds = INVOLVED_PARTY_KINDS;
  protected readonly partyKindLabels = INVOLVED_PARTY_KIND_LABELS;
  protected readonly teamUrl = `/${WebPaths.teamAffiliations}`;
  protected readonly roleCardTextUrl = `/${WebPaths.roleCardText}`;
  protected readonly manages = computed(() => ['team_lead', 'admin'].includes(this.session.role() ?? ''));
  protected readonly declaration = signal<AffiliationDeclarationView | null>(null);
  protected readonly rows = signal<Row[]>([]);
  protected readonly saving = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errors = signal<{ field: string; reason: string }[]>([]);
  protected readonly own = computed(() => {
    const subject = this.declaration()?.user.id;
    return !subject || subject === this.session.user()?.id;
  });

  constructor() {
    effect(() => {
      const userId = this.persoon() ?? this.session.user()?.id;
      if (userId) untracked(() => void this.load(userId));
    });
  }

  protected addRow(): void {
    this.rows.update((rows) => [
      ...rows,
      {
        key: nextKey++,
        kind: 'side_job',
        partyKind: 'zorgaanbieder',
        partyName: '',
        description: '',
        validFrom: '',
        validUntil: '',
      },
    ]);
  }

  protected removeRow(key: number): void {
    this.rows.update((rows) => rows.filter((row) => row.key !== key));
  }

  protected update(key: number, field: keyof Omit<Row, 'key' | 'id'>, value: string): void {
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  }

  protected async save(): Promise<void> {
    const current = this.declaration();
    if (!current || this.saving()) return;
    this.saving.set(true);
    this.message.set(null);
    this.errors.set([]);
    const affiliations = this.rows().map(
      (row): AffiliationInput => ({
        ...(row.id ? { id: row.id } : {}),
        kind: row.kind,
        party: { kind: row.partyKind, name: row.partyName },
        description: row.description.trim() || null,
        validFrom: row.validFrom || null,
        validUntil: row.validUntil || null,
      }),
    );
    const outcome = await requestOutcome(
      this.api.saveDeclaration(current.user.id, { version: current.version, affiliations }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.fill(outcome.value);
      this.message.set(this.i18n.language() === 'nl' ? 'Opgeslagen.' : 'Saved.');
      return;
    }
    if (outcome.error.statusCode === 409 && outcome.error.current) {
      this.fill(outcome.error.current as AffiliationDeclarationView);
      this.message.set(
        this.i18n.language() === 'nl'
          ? 'Iemand anders heeft dit intussen gewijzigd. Je ziet nu de opgeslagen versie.'
          : 'Someone else changed this meanwhile. You now see the saved version.',
      );
      return;
    }
    this.errors.set(outcome.error.details ?? []);
    this.message.set(describeApiError(outcome.error, this.coreText().errors));
  }

  private async load(userId: string): Promise<void> {
    const outcome = await requestOutcome(this.api.declaration(userId));
    if (outcome.ok) this.fill(outcome.value);
    else this.message.set(describeApiError(outcome.error, this.coreText().errors));
  }

  private fill(declaration: AffiliationDeclarationView): void {
    this.declaration.set(declaration);
    this.rows.set(
      declaration.affiliations.map((a) => ({
        key: nextKey++,
        id: a.id,
        kind: a.kind,
        partyKind: a.party.kind,
        partyName: a.party.name,
        description: a.description ?? '',
        validFrom: a.validFrom ?? '',
        validUntil: a.validUntil ?? '',
      })),
    );
  }
}
