import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18n } from '../../i18n/i18n.service';
import type { MessageCatalog } from '../../i18n/language';

/** One field that differs between what is saved now and what the user typed. */
export interface ConflictRow {
  label: string;
  saved: string;
  /** Null when the user left this field as it was: only someone else changed it. */
  mine: string | null;
}

/** Kept out of CORE_MESSAGES so the notice and its texts load with the pages that use it. */
const CONFLICT_MESSAGES: MessageCatalog<{
  title: string;
  text: string;
  field: string;
  saved: string;
  mine: string;
  notChanged: string;
  keepMine: string;
  takeSaved: string;
}> = {
  nl: {
    title: 'Iemand anders heeft dit intussen gewijzigd.',
    text: 'Je invoer staat nog in het formulier. Hieronder staat wat nu is opgeslagen, naast wat jij hebt ingevuld.',
    field: 'Veld',
    saved: 'Nu opgeslagen',
    mine: 'Jouw invoer',
    notChanged: '(niet gewijzigd)',
    keepMine: 'Mijn invoer toch opslaan',
    takeSaved: 'Opgeslagen gegevens overnemen',
  },
  en: {
    title: 'Someone else changed this in the meantime.',
    text: 'Your input is still in the form. Below is what is saved now, next to what you entered.',
    field: 'Field',
    saved: 'Saved now',
    mine: 'Your input',
    notChanged: '(not changed)',
    keepMine: 'Save my input anyway',
    takeSaved: 'Take the saved data',
  },
};

let nextNoticeId = 0;

/**
 * The answer to a 409 next to a form: what is saved now and what the user typed, field by field,
 * and the two ways on: save the user's input on top of the saved state, or take the saved state.
 */
@Component({
  selector: 'naast-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @let t = text();
    <section class="conflict" role="alert" [attr.aria-labelledby]="id">
      <p class="title" [id]="id" tabindex="-1">{{ title() || t.title }}</p>
      <p>{{ t.text }}</p>
      @if (rows().length > 0) {
        <table>
          <thead>
            <tr>
              <th scope="col">{{ t.field }}</th>
              <th scope="col">{{ t.saved }}</th>
              <th scope="col">{{ t.mine }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.label) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td>{{ row.saved }}</td>
                <td>{{ row.mine ?? t.notChanged }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="keepMine.emit()">{{ t.keepMine }}</button>
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="takeSaved.emit()">
          {{ t.takeSaved }}
        </button>
      </div>
    </section>
  `,
  styles: `
    .conflict {
      border: 2px solid var(--mat-sys-tertiary);
      border-radius: 8px;
      padding: 8px 16px 16px;
      margin-bottom: 16px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .title {
      font: var(--mat-sys-title-medium);
      margin: 8px 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 4px 8px;
      border-bottom: 1px solid currentColor;
      white-space: pre-line;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 12px;
    }
  `,
})
export class ConflictNoticeComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** A sentence naming what changed ("Iemand anders heeft dit doel intussen gewijzigd."). */
  readonly title = input<string | null>(null);
  readonly rows = input<readonly ConflictRow[]>([]);
  readonly busy = input(false);

  /** Save the user's input on top of the state saved now. */
  readonly keepMine = output<void>();
  /** Drop the user's input and continue from the saved state. */
  readonly takeSaved = output<void>();

  protected readonly id = `conflict-notice-${nextNoticeId++}`;
  protected readonly text = inject(I18n).messages(CONFLICT_MESSAGES);

  /** Brings the notice to the keyboard and the screen reader; the user pressed save below it. */
  focus(): void {
    afterNextRender(
      { read: () => this.host.nativeElement.querySelector<HTMLElement>(`#${this.id}`)?.focus() },
      { injector: this.injector },
    );
  }
}
