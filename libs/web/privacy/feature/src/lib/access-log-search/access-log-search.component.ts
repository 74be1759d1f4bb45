import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { AccessLogEntryView, AccessLogQuery } from '@naast/contracts';
import { CORE_MESSAGES, I18n, SessionStore, describeApiError, toApiError } from '@naast/web-core';
import { PRIVACY_MESSAGES, PrivacyApiService } from '@naast/web-privacy-data-access';
import { AccessEntryListComponent } from '../access-entry-list/access-entry-list.component';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Search of the access log by client, employee and period, newest first, with "load more". */
@Component({
  selector: 'naast-access-log-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, AccessEntryListComponent],
  templateUrl: './access-log-search.component.html',
  styleUrl: '../privacy-page.scss',
})
export class AccessLogSearchComponent {
  private readonly api = inject(PrivacyApiService);
  private readonly i18n = inject(I18n);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly text = this.i18n.messages(PRIVACY_MESSAGES);
  private readonly session = inject(SessionStore);
  protected readonly admin = computed(() => this.session.role() === 'admin');

  protected readonly form = new FormGroup({
    clientId: new FormControl('', { nonNullable: true, validators: [Validators.pattern(UUID)] }),
    userId: new FormControl('', { nonNullable: true, validators: [Validators.pattern(UUID)] }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  protected readonly entries = signal<AccessLogEntryView[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly searched = signal(false);
  private query: AccessLogQuery = {};

  constructor() {
    this.load(false);
  }

  protected searchLog(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.query = {
      clientId: value.clientId.trim() || undefined,
      userId: value.userId.trim() || undefined,
      from: value.from || undefined,
      to: value.to || undefined,
    };
    this.load(false);
  }

  protected clear(): void {
    this.form.reset();
    this.query = {};
    this.load(false);
  }

  protected loadMore(): void {
    this.load(true);
  }

  private load(more: boolean): void {
    this.loading.set(true);
    this.error.set(null);
    const cursor = more ? (this.nextCursor() ?? undefined) : undefined;
    this.api.search({ ...this.query, cursor }).subscribe({
      next: (page) => {
        this.entries.set(more ? [...this.entries(), ...page.items] : page.items);
        this.nextCursor.set(page.nextCursor);
        this.loading.set(false);
        this.searched.set(true);
      },
      error: (error: unknown) => {
        this.error.set(describeApiError(toApiError(error), this.coreText().errors));
        this.loading.set(false);
      },
    });
  }
}
