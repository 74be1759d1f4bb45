import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ClientSearchStore } from '@naast/web-clients-data-access';
import { CLIENT_ID_PARAM, CORE_MESSAGES, I18n, WebPaths, clientUrl, describeApiError } from '@naast/web-core';
import { debounceTime } from 'rxjs';
import { CASES_MESSAGES } from '../cases.messages';

const SEARCH_DEBOUNCE_MS = 300;

/** Finding a client from the caseload page, by part of the name or with a typo. */
@Component({
  selector: 'naast-client-quick-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule],
  providers: [ClientSearchStore],
  template: `
    <section class="client-search" aria-labelledby="client-search-heading">
      <h2 id="client-search-heading">{{ text().clientSearch.title }}</h2>
      <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
        <mat-label>{{ text().clientSearch.label }}</mat-label>
        <input matInput type="search" [formControl]="query" autocomplete="off" />
        <mat-hint>{{ text().clientSearch.hint }}</mat-hint>
      </mat-form-field>

      @if (errorMessage(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
      <p role="status" class="status">
        @if (searched() && results().length === 0 && !loading()) {
          {{ text().clientSearch.noResults }}
        }
      </p>
      @if (results().length > 0) {
        <ul class="results" [attr.aria-label]="text().clientSearch.results">
          @for (client of results(); track client.id) {
            <li>
              <a [routerLink]="client.url" class="name">{{ client.displayName }}</a>
              <span class="meta">{{ client.meta }}</span>
              <a
                mat-stroked-button
                [routerLink]="newCasePath"
                [queryParams]="client.newCaseParams"
                [attr.aria-label]="text().clientSearch.newCaseFor(client.displayName)"
                >{{ text().clientSearch.newCase }}</a
              >
            </li>
          }
        </ul>
      }
      @if (hasMore()) {
        <button mat-button type="button" (click)="loadMore()">{{ text().clientSearch.loadMore }}</button>
      }
    </section>
  `,
  styles: `
    .client-search {
      padding: 8px 16px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .field {
      width: 100%;
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .results li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 8px;
      align-items: center;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .name {
      font-weight: 500;
    }
    .meta {
      grid-row: 2;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .results a[mat-stroked-button] {
      grid-row: 1 / span 2;
      grid-column: 2;
    }
    .status {
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ClientQuickSearchComponent {
  private readonly store = inject(ClientSearchStore);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly newCasePath = `/${WebPaths.newCase}`;
  protected readonly loading = this.store.loading;
  protected readonly searched = this.store.searched;
  protected readonly hasMore = this.store.hasMore;
  protected readonly results = computed(() =>
    this.store.results().map((client) => ({
      ...client,
      url: clientUrl(client.id),
      newCaseParams: { [CLIENT_ID_PARAM]: client.id },
      meta: [
        client.dateOfBirth ? this.text().clientSearch.born(this.i18n.formatDate(client.dateOfBirth)) : null,
        client.municipality.name,
      ]
        .filter((part) => !!part)
        .join(' · '),
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
