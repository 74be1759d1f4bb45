import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  ACCESSIBILITY_NEED_LABELS,
  CASE_STATUS_LABELS,
  REPRESENTATIVE_KIND_LABELS,
  type ApiError,
  type ClientView,
} from '@naast/contracts';
import { CasesStore } from '@naast/web-cases-data-access';
import { ConsentPanelComponent } from '@naast/web-consent-data-access';
import { ClientsApiService } from '@naast/web-clients-data-access';
import { ClientPrivacyPanelComponent } from '@naast/web-privacy-data-access';
import { ClientAnonymisationComponent } from '@naast/web-retention-data-access';
import {
  CLIENT_ID_PARAM,
  CORE_MESSAGES,
  I18n,
  LocalDatePipe,
  SessionStore,
  WebPaths,
  caseUrl,
  describeApiError,
  editClientUrl,
  requestOutcome,
} from '@naast/web-core';
import { CLIENTS_MESSAGES } from '../clients.messages';

@Component({
  selector: 'naast-client-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    LocalDatePipe,
    ConsentPanelComponent,
    ClientAnonymisationComponent,
    ClientPrivacyPanelComponent,
  ],
  providers: [CasesStore],
  templateUrl: './client-detail.component.html',
  styleUrl: './client-detail.component.scss',
})
export class ClientDetailComponent {
  private readonly api = inject(ClientsApiService);
  private readonly cases = inject(CasesStore);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly text = this.i18n.messages(CLIENTS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly client = signal<ClientView | null>(null);
  private readonly loadError = signal<ApiError | null>(null);
  protected readonly newCasePath = `/${WebPaths.newCase}`;
  protected readonly newCaseParams = computed(() => ({ [CLIENT_ID_PARAM]: this.id() }));
  /** The API says per client whether the reader may change it. */
  protected readonly canWrite = computed(() => this.client()?.permissions.edit ?? false);
  protected readonly editUrl = computed(() => editClientUrl(this.id()));
  protected readonly casesLoaded = this.cases.loaded;
  protected readonly caseRows = computed(() =>
    this.cases.items().map((item) => ({
      id: item.id,
      url: caseUrl(item.id),
      question: item.question,
      status: this.i18n.label(CASE_STATUS_LABELS[item.status]),
      registered: this.text().detail.registeredOn(this.i18n.formatDate(item.registeredOn)),
    })),
  );
  protected readonly facts = computed(() => {
    const client = this.client();
    if (!client) {
      return null;
    }
    const t = this.text().detail;
    const address = client.address
      ? `${client.address.street} ${client.address.houseNumber}\n${client.address.postcode} ${client.address.city}`
      : t.unknown;
    return {
      address,
      language:
        new Intl.DisplayNames([this.i18n.language()], { type: 'language' }).of(client.preferredLanguage) ??
        client.preferredLanguage,
      interpreter: client.interpreterNeeded ? t.yes : t.no,
      accessibility: client.accessibilityNeeds.map((need) => this.i18n.label(ACCESSIBILITY_NEED_LABELS[need])),
      representatives: client.representatives.map((r) => ({
        ...r,
        kindLabel: this.i18n.label(REPRESENTATIVE_KIND_LABELS[r.kind]),
      })),
      consent: client.processingConsent
        ? t.consentText(
            this.i18n.formatDate(client.processingConsent.givenOn),
            client.processingConsent.recordedBy.displayName,
          )
        : t.noConsent,
    };
  });
  protected readonly loadState = computed(() => {
    const error = this.loadError();
    return error ? describeApiError(error, this.coreText().errors) : this.coreText().loading;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.loadClient(id);
        this.cases.load({ clientId: id, sort: '-registeredOn' });
      });
    });
  }

  private async loadClient(id: string): Promise<void> {
    const outcome = await requestOutcome(this.api.get(id));
    if (outcome.ok) {
      this.client.set(outcome.value);
    } else {
      this.loadError.set(outcome.error);
    }
  }
}
