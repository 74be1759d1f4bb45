import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAX_ANONYMISATION_REASON_LENGTH, type ClientAnonymisationStatus } from '@naast/contracts';
import { CORE_MESSAGES, I18n, SessionStore, describeApiError, requestOutcome } from '@naast/web-core';
import { RetentionApiService } from '../retention-api.service';
import { RETENTION_MESSAGES } from '../retention.messages';

/** Reloads the page, so every part of it shows the client without personal data. */
export const RELOAD_PAGE = new InjectionToken<() => void>('reload the page', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return () => document.defaultView?.location.reload();
  },
});

/**
 * "Anonimiseren" on the client page, for a team lead of the client's team: a written reason and an
 * explicit confirmation, since it cannot be undone; disabled, with the reason why, while a case is
 * open. One element for the client page: `<naast-client-anonymisation [clientId]="…" />`.
 */
@Component({
  selector: 'naast-client-anonymisation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  templateUrl: './client-anonymisation.component.html',
  styleUrl: './client-anonymisation.component.scss',
})
export class ClientAnonymisationComponent {
  readonly clientId = input.required<string>();

  private readonly api = inject(RetentionApiService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  private readonly reloadPage = inject(RELOAD_PAGE);
  protected readonly text = this.i18n.messages(RETENTION_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly maxReason = MAX_ANONYMISATION_REASON_LENGTH;

  protected readonly status = signal<ClientAnonymisationStatus | null>(null);
  protected readonly open = signal(false);
  protected readonly reason = signal('');
  protected readonly confirmed = signal(false);
  protected readonly submitting = signal(false);
  protected readonly reasonError = signal('');
  protected readonly notice = signal('');
  protected readonly alert = signal('');

  protected readonly isTeamLead = computed(() => this.session.role() === 'team_lead');
  protected readonly anonymisedOn = computed(() => {
    const at = this.status()?.anonymisedAt;
    return at ? this.text().anonymisedOn(this.i18n.formatDate(at, 'date')) : null;
  });
  protected readonly canSubmit = computed(
    () => this.reason().trim().length > 0 && this.confirmed() && !this.submitting(),
  );

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (!this.isTeamLead()) return;
      untracked(() => void this.load(clientId));
    });
  }

  protected start(): void {
    this.open.set(true);
    this.notice.set('');
    this.alert.set('');
  }

  protected cancel(): void {
    this.open.set(false);
    this.reason.set('');
    this.confirmed.set(false);
    this.reasonError.set('');
  }

  protected setReason(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
    this.reasonError.set('');
  }

  protected setConfirmed(event: Event): void {
    this.confirmed.set((event.target as HTMLInputElement).checked);
  }

  protected async anonymise(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.reason().trim()) {
      this.reasonError.set(this.text().reasonRequired);
      return;
    }
    if (!this.canSubmit()) return;
    this.submitting.set(true);
    const outcome = await requestOutcome(this.api.anonymise(this.clientId(), { reason: this.reason().trim() }));
    this.submitting.set(false);
    if (outcome.ok) {
      this.status.set(outcome.value);
      this.cancel();
      this.notice.set(this.text().done);
      this.reloadPage();
      return;
    }
    const field = outcome.error.details?.find((d) => d.field === 'reason');
    if (field) this.reasonError.set(field.reason);
    this.alert.set(describeApiError(outcome.error, this.coreText().errors));
    if (outcome.error.statusCode === 409) void this.load(this.clientId());
  }

  private async load(clientId: string): Promise<void> {
    const outcome = await requestOutcome(this.api.status(clientId));
    if (outcome.ok) {
      this.status.set(outcome.value);
    } else if (outcome.error.statusCode !== 403) {
      // 403: a team lead of another team, for whom there is nothing to show.
      this.alert.set(this.text().loadFailed);
    }
  }
}
