import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ClientSearchStore, MIN_CLIENT_SEARCH_LENGTH } from '@naast/web-clients-data-access';
import { CORE_MESSAGES, I18n, SessionStore, WebPaths, clientUrl, describeApiError } from '@naast/web-core';
import { debounceTime } from 'rxjs';
import { CLIENTS_MESSAGES } from '../clients.messages';

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'naast-client-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule],
  providers: [ClientSearchStore],
  templateUrl: './client-search.component.html',
  styleUrl: './client-search.component.scss',
})
export class ClientSearchComponent {
  private readonly store = inject(ClientSearchStore);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(CLIENTS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly newClientUrl = `/${WebPaths.newClient}`;
  protected readonly canCreate = computed(() => {
    const role = this.session.role();
    return role === 'supporter' || role === 'team_lead';
  });
  protected readonly loading = this.store.loading;
  protected readonly searched = this.store.searched;
  protected readonly hasMore = this.store.hasMore;
  protected readonly tooShort = computed(() => {
    const q = this.store.query();
    return q.length > 0 && q.length < MIN_CLIENT_SEARCH_LENGTH;
  });
  protected readonly results = computed(() =>
    this.store.results().map((client) => ({
      ...client,
      url: clientUrl(client.id),
      born: client.dateOfBirth ? this.text().search.born(this.i18n.formatDate(client.dateOfBirth)) : null,
    })),
  );
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });

  constructor() {
    this.query.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((value) => this.store.search(value));
  }

  protected loadMore(): void {
    this.store.loadMore();
  }
}
