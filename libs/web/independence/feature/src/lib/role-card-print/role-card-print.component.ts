import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RoleCardView } from '@naast/contracts';
import { IndependenceApiService, roleCardPdfUrl } from '@naast/web-independence-data-access';
import { CORE_MESSAGES, I18n, caseUrl, describeApiError, requestOutcome } from '@naast/web-core';

/** The role card for the client, made for paper: no navigation, print styles, and the PDF. */
@Component({
  selector: 'naast-role-card-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './role-card-print.component.html',
  styleUrl: './role-card-print.component.scss',
})
export class RoleCardPrintComponent {
  private readonly api = inject(IndependenceApiService);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly card = signal<RoleCardView | null>(null);
  protected readonly loadState = signal<string>('');
  protected readonly caseLink = computed(() => caseUrl(this.id()));
  protected readonly pdfLink = computed(() => roleCardPdfUrl(this.id()));
  protected readonly issuedOn = computed(() => {
    const card = this.card();
    return card ? this.i18n.formatDate(card.issuedOn, 'longDate') : '';
  });

  constructor() {
    this.loadState.set(this.coreText().loading);
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected printPage(): void {
    this.document.defaultView?.print();
  }

  private async load(id: string): Promise<void> {
    const outcome = await requestOutcome(this.api.roleCard(id));
    if (outcome.ok) this.card.set(outcome.value);
    else this.loadState.set(describeApiError(outcome.error, this.coreText().errors));
  }
}
