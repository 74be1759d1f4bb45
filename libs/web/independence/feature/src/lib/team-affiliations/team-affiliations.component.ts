import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AFFILIATION_KIND_LABELS, INVOLVED_PARTY_KIND_LABELS, type AffiliationOverview } from '@naast/contracts';
import { IndependenceApiService } from '@naast/web-independence-data-access';
import {
  CORE_MESSAGES,
  I18n,
  LabelPipe,
  LocalDatePipe,
  WebPaths,
  describeApiError,
  requestOutcome,
} from '@naast/web-core';

/** A team lead's (their teams) or administrator's (the organisation) overview of declared affiliations. */
@Component({
  selector: 'naast-team-affiliations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LabelPipe, LocalDatePipe],
  templateUrl: './team-affiliations.component.html',
  styleUrl: '../independence-pages.scss',
})
export class TeamAffiliationsComponent {
  private readonly api = inject(IndependenceApiService);
  private readonly i18n = inject(I18n);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);

  protected readonly kindLabels = AFFILIATION_KIND_LABELS;
  protected readonly partyKindLabels = INVOLVED_PARTY_KIND_LABELS;
  protected readonly editUrl = `/${WebPaths.independence}`;
  protected readonly people = signal<AffiliationOverview | null>(null);
  protected readonly message = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    const outcome = await requestOutcome(this.api.overview());
    if (outcome.ok) this.people.set(outcome.value);
    else this.message.set(describeApiError(outcome.error, this.coreText().errors));
  }
}
