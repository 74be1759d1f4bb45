import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  DEFAULT_ROLE_CARD_SECTIONS,
  ROLE_CARD_BODY_MAX_LENGTH,
  ROLE_CARD_PLACEHOLDERS,
  ROLE_CARD_SECTION_KEYS,
  ROLE_CARD_TITLE_MAX_LENGTH,
  type RoleCardSectionKey,
  type RoleCardSections,
  type RoleCardTextView,
} from '@naast/contracts';
import { IndependenceApiService } from '@naast/web-independence-data-access';
import { CORE_MESSAGES, I18n, describeApiError, requestOutcome } from '@naast/web-core';

/** The organisation's standard text of the role card, edited by an administrator or team lead. */
@Component({
  selector: 'naast-role-card-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule],
  templateUrl: './role-card-text.component.html',
  styleUrl: '../independence-pages.scss',
})
export class RoleCardTextComponent {
  private readonly api = inject(IndependenceApiService);
  private readonly i18n = inject(I18n);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);

  protected readonly keys = ROLE_CARD_SECTION_KEYS;
  protected readonly placeholders = ROLE_CARD_PLACEHOLDERS.join(', ');
  protected readonly titleMax = ROLE_CARD_TITLE_MAX_LENGTH;
  protected readonly bodyMax = ROLE_CARD_BODY_MAX_LENGTH;
  protected readonly saved = signal<RoleCardTextView | null>(null);
  protected readonly sections = signal<RoleCardSections>(DEFAULT_ROLE_CARD_SECTIONS);
  protected readonly saving = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errors = signal<{ field: string; reason: string }[]>([]);

  constructor() {
    void this.load();
  }

  protected update(key: RoleCardSectionKey, part: 'title' | 'body', value: string): void {
    this.sections.update((sections) => ({ ...sections, [key]: { ...sections[key], [part]: value } }));
  }

  protected restoreDefault(): void {
    this.sections.set(DEFAULT_ROLE_CARD_SECTIONS);
  }

  protected async save(): Promise<void> {
    const current = this.saved();
    if (!current || this.saving()) return;
    this.saving.set(true);
    this.message.set(null);
    this.errors.set([]);
    const outcome = await requestOutcome(
      this.api.saveRoleCardText({ version: current.version, sections: this.sections() }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.fill(outcome.value);
      this.message.set('Opgeslagen.');
    } else if (outcome.error.statusCode === 409 && outcome.error.current) {
      this.fill(outcome.error.current as RoleCardTextView);
      this.message.set('Iemand anders heeft de tekst intussen gewijzigd. Je ziet nu de opgeslagen versie.');
    } else {
      this.errors.set(outcome.error.details ?? []);
      this.message.set(describeApiError(outcome.error, this.coreText().errors));
    }
  }

  private async load(): Promise<void> {
    const outcome = await requestOutcome(this.api.roleCardText());
    if (outcome.ok) this.fill(outcome.value);
    else this.message.set(describeApiError(outcome.error, this.coreText().errors));
  }

  private fill(view: RoleCardTextView): void {
    this.saved.set(view);
    this.sections.set(view.sections);
  }
}
