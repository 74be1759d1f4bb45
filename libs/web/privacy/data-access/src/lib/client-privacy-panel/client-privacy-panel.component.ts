import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18n, SessionStore, clientAccessLogUrl } from '@naast/web-core';
import { inzageJsonUrl, inzagePdfUrl } from '../privacy-api.service';
import { PRIVACY_MESSAGES } from '../privacy.messages';

/**
 * On the client page: the link to the client's view of the access log (team lead, lead supporter)
 * and the inzage downloads (team lead of the client's team; the server decides, this only hides).
 */
@Component({
  selector: 'naast-client-privacy',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule],
  template: `
    @if (visible()) {
      <section class="privacy" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{{ text().panelTitle }}</h2>
        <p>{{ text().panelIntro }}</p>
        <ul class="actions">
          <li>
            <a mat-stroked-button [routerLink]="clientViewUrl()">{{ text().clientView }}</a>
          </li>
          @if (teamLead()) {
            <li>
              <a mat-stroked-button [href]="pdfUrl()" download="inzage.pdf">{{ text().inzagePdf }}</a>
            </li>
            <li>
              <a mat-stroked-button [href]="jsonUrl()" download="inzage.json">{{ text().inzageJson }}</a>
            </li>
          } @else {
            <li class="hint">{{ text().inzageOnlyTeamLead }}</li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .privacy {
      margin-block: 1.5rem;
    }
    .actions {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .actions a {
      min-height: 44px;
    }
    .hint {
      align-self: center;
    }
  `,
})
export class ClientPrivacyPanelComponent {
  readonly clientId = input.required<string>();
  private readonly session = inject(SessionStore);
  protected readonly text = inject(I18n).messages(PRIVACY_MESSAGES);
  protected readonly teamLead = computed(() => this.session.role() === 'team_lead');
  protected readonly visible = computed(() => {
    const role = this.session.role();
    return role === 'team_lead' || role === 'supporter';
  });
  protected readonly clientViewUrl = computed(() => clientAccessLogUrl(this.clientId()));
  protected readonly pdfUrl = computed(() => inzagePdfUrl(this.clientId()));
  protected readonly jsonUrl = computed(() => inzageJsonUrl(this.clientId()));
}
