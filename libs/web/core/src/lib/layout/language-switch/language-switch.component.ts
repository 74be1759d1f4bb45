import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CORE_MESSAGES } from '../../i18n/core.messages';
import { I18n } from '../../i18n/i18n.service';
import { isLanguage } from '../../i18n/language';

/** Offers the other language, named in that language ("English" / "Nederlands"). */
@Component({
  selector: 'naast-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <button
      mat-button
      type="button"
      class="language-switch"
      [attr.lang]="otherLanguage()"
      [attr.aria-label]="text().languageSwitch.switchToLabel"
      (click)="switchLanguage()"
    >
      {{ text().languageSwitch.switchTo }}
    </button>
  `,
})
export class LanguageSwitchComponent {
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(CORE_MESSAGES);
  protected readonly otherLanguage = computed(() => this.text().languageSwitch.switchToLang);

  protected switchLanguage(): void {
    const next = this.otherLanguage();
    if (isLanguage(next)) {
      this.i18n.setLanguage(next);
    }
  }
}
