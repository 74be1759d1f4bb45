import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ClientAccessEntry, ClientAccessView } from '@naast/contracts';
import { CORE_MESSAGES, I18n, LocalDatePipe, clientUrl, describeApiError, toApiError } from '@naast/web-core';
import { PRIVACY_MESSAGES, PrivacyApiService, clientAccessLogPdfUrl } from '@naast/web-privacy-data-access';

/**
 * The client's view of the access log (NEN 7513 ch. 9): who by function and organisation, what and
 * when, oldest first. A sheet without navigation, so it prints as the client receives it.
 */
@Component({
  selector: 'naast-client-access-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LocalDatePipe],
  templateUrl: './client-access-view.component.html',
  styleUrl: './client-access-view.component.scss',
})
export class ClientAccessViewComponent {
  /** Route parameter. */
  readonly id = input.required<string>();
  private readonly api = inject(PrivacyApiService);
  private readonly i18n = inject(I18n);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly text = this.i18n.messages(PRIVACY_MESSAGES);

  protected readonly view = signal<Omit<ClientAccessView, 'page'> | null>(null);
  protected readonly entries = signal<ClientAccessEntry[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly backUrl = computed(() => clientUrl(this.id()));
  protected readonly pdfUrl = computed(() => clientAccessLogPdfUrl(this.id()));

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.load(false));
    });
  }

  protected print(): void {
    window.print();
  }

  protected load(more: boolean): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.clientView(this.id(), more ? (this.nextCursor() ?? undefined) : undefined).subscribe({
      next: ({ page, ...view }) => {
        this.view.set(view);
        this.entries.set(more ? [...this.entries(), ...page.items] : page.items);
        this.nextCursor.set(page.nextCursor);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(describeApiError(toApiError(error), this.coreText().errors));
        this.loading.set(false);
      },
    });
  }
}
