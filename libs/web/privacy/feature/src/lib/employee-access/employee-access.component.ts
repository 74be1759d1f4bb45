import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS, type AccessLogEntryView, type EmployeeAccessView } from '@naast/contracts';
import { CORE_MESSAGES, I18n, LabelPipe, WebPaths, describeApiError, toApiError } from '@naast/web-core';
import { PRIVACY_MESSAGES, PrivacyApiService } from '@naast/web-privacy-data-access';
import { AccessEntryListComponent } from '../access-entry-list/access-entry-list.component';

/** What one employee accessed, newest first. */
@Component({
  selector: 'naast-employee-access',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LabelPipe, AccessEntryListComponent],
  template: `
    <p>
      <a [routerLink]="searchUrl">{{ text().back }}</a>
    </p>
    @if (user(); as person) {
      <h1>{{ text().employeeTitle(person.displayName) }}</h1>
      <p class="intro">{{ roleLabels[person.role] | label }}. {{ text().employeeIntro }}</p>
    } @else {
      <h1>{{ text().searchTitle }}</h1>
    }
    @if (error(); as message) {
      <p role="alert" class="error">{{ message }}</p>
    }
    <p role="status" class="status">
      @if (loading()) {
        {{ text().loading }}
      } @else if (user()) {
        {{ entries().length === 0 ? text().none : text().results(entries().length) }}
      }
    </p>
    <naast-access-entry-list [entries]="entries()" [linkEmployees]="false" />
    @if (nextCursor()) {
      <button mat-stroked-button type="button" class="more" [disabled]="loading()" (click)="load(true)">
        {{ text().loadMore }}
      </button>
    }
  `,
  styleUrl: '../privacy-page.scss',
})
export class EmployeeAccessComponent {
  /** Route parameter. */
  readonly userId = input.required<string>();
  private readonly api = inject(PrivacyApiService);
  private readonly i18n = inject(I18n);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly text = this.i18n.messages(PRIVACY_MESSAGES);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly searchUrl = `/${WebPaths.privacy}`;

  protected readonly user = signal<EmployeeAccessView['user'] | null>(null);
  protected readonly entries = signal<AccessLogEntryView[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      this.userId();
      untracked(() => this.load(false));
    });
  }

  protected load(more: boolean): void {
    this.loading.set(true);
    this.error.set(null);
    const cursor = more ? (this.nextCursor() ?? undefined) : undefined;
    this.api.employee(this.userId(), { cursor }).subscribe({
      next: (view) => {
        this.user.set(view.user);
        this.entries.set(more ? [...this.entries(), ...view.page.items] : view.page.items);
        this.nextCursor.set(view.page.nextCursor);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(describeApiError(toApiError(error), this.coreText().errors));
        this.loading.set(false);
      },
    });
  }
}
