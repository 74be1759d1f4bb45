import { ChangeDetectionStrategy, Component, computed, inject, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CASE_STATUS_LABELS, DOMAINS } from '@naast/contracts';
import { CasesStore } from '@naast/web-cases-data-access';
import { CORE_MESSAGES, I18n, describeApiError, planUrl, recordVisitUrl } from '@naast/web-core';
import { VISITS_MESSAGES } from '../visits.messages';

/** "Mijn koppelingen": a volunteer's linked cases, each one tap away from recording a visit or the plan. */
@Component({
  selector: 'naast-linked-cases',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  providers: [CasesStore],
  templateUrl: './linked-cases.component.html',
  styleUrl: './linked-cases.component.scss',
})
export class LinkedCasesComponent implements OnInit {
  private readonly store = inject(CasesStore);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(VISITS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly loaded = this.store.loaded;
  protected readonly loading = this.store.loading;
  protected readonly hasMore = this.store.hasMore;
  protected readonly cards = computed(() =>
    this.store.items().map((item) => ({
      id: item.id,
      client: item.client.displayName,
      question: item.question,
      status: this.i18n.label(CASE_STATUS_LABELS[item.status]),
      domains: item.domains.map((code) =>
        this.i18n.label(DOMAINS.find((d) => d.code === code) ?? { nl: code, en: code }),
      ),
      lead: this.text().linked.leadSupporter(item.leadSupporter.displayName),
      recordUrl: recordVisitUrl(item.id),
      planUrl: planUrl(item.id),
    })),
  );
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });

  ngOnInit(): void {
    this.store.load({ mine: true, status: ['aangemeld', 'intake', 'actief'], sort: '-updatedAt' });
  }

  protected loadMore(): void {
    this.store.loadMore();
  }
}
