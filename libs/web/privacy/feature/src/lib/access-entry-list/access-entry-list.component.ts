import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS, type AccessLogEntryView } from '@naast/contracts';
import { I18n, LabelPipe, LocalDatePipe, employeeAccessUrl } from '@naast/web-core';
import { PRIVACY_MESSAGES } from '@naast/web-privacy-data-access';

/** Access-log rows as a list that reads on a phone as well as on a desk: one card per access. */
@Component({
  selector: 'naast-access-entry-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LocalDatePipe, LabelPipe],
  template: `
    <ol class="entries">
      @for (entry of entries(); track entry.id) {
        <li class="entry" [class.refused]="entry.outcome !== 'success'">
          <p class="what">{{ entry.description }}</p>
          <dl>
            <div>
              <dt>{{ text().when }}</dt>
              <dd>
                <time [attr.datetime]="entry.occurredAt">{{ entry.occurredAt | localDate: 'dateTime' }}</time>
              </dd>
            </div>
            <div>
              <dt>{{ text().who }}</dt>
              <dd>
                {{ entry.user.displayName }}, {{ roleLabels[entry.user.role] | label }}
                @if (linkEmployees()) {
                  <a [routerLink]="employeeUrl(entry.user.id)">{{ text().employeeLink(entry.user.displayName) }}</a>
                }
              </dd>
            </div>
            @if (entry.clientId) {
              <div>
                <dt>{{ text().client }}</dt>
                <dd>{{ entry.clientName ?? entry.clientId }}</dd>
              </div>
            }
          </dl>
        </li>
      }
    </ol>
  `,
  styles: `
    .entries {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    .entry {
      border: 1px solid #c4c4c4;
      border-radius: 6px;
      padding: 0.75rem 1rem;
      overflow-wrap: anywhere;
    }
    .entry.refused {
      border-left: 6px solid #a4262c;
    }
    .what {
      font-weight: 600;
      margin: 0 0 0.5rem;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 0.25rem;
    }
    dl div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
    }
    dd a {
      margin-inline-start: 0.5rem;
    }
  `,
})
export class AccessEntryListComponent {
  readonly entries = input.required<readonly AccessLogEntryView[]>();
  readonly linkEmployees = input(true);
  protected readonly text = inject(I18n).messages(PRIVACY_MESSAGES);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly employeeUrl = employeeAccessUrl;
}
