import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CORE_MESSAGES } from '../i18n/core.messages';
import { I18n } from '../i18n/i18n.service';

export type ErrorPageKind = 'forbidden' | 'not-found';

/** The friendly page for 403 and 404; the route's `data.kind` picks which. */
@Component({
  selector: 'naast-error-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  template: `
    <section class="error-page" aria-labelledby="error-page-title">
      <h1 id="error-page-title">{{ title() }}</h1>
      <p>{{ explanation() }}</p>
      <a mat-flat-button routerLink="/">{{ text().errorPage.home }}</a>
    </section>
  `,
  styles: `
    .error-page {
      max-width: 40rem;
      margin: 32px auto;
    }
  `,
})
export class ErrorPageComponent {
  /** Bound from route data. */
  readonly kind = input<ErrorPageKind>('not-found');

  protected readonly text = inject(I18n).messages(CORE_MESSAGES);
  protected readonly title = computed(() =>
    this.kind() === 'forbidden' ? this.text().errorPage.forbiddenTitle : this.text().errorPage.notFoundTitle,
  );
  protected readonly explanation = computed(() =>
    this.kind() === 'forbidden' ? this.text().errorPage.forbiddenText : this.text().errorPage.notFoundText,
  );
}
