import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ACCESSIBILITY_NEEDS,
  ACCESSIBILITY_NEED_LABELS,
  REPRESENTATIVE_KINDS,
  REPRESENTATIVE_KIND_LABELS,
  type TeamRef,
} from '@naast/contracts';
import { FieldErrorPipe, I18n, localIsoDate, markForCheckOnFormEvents } from '@naast/web-core';
import { CLIENTS_MESSAGES, COMMON_LANGUAGE_CODES } from '../clients.messages';
import { buildRepresentativeForm, syncConsentFields, type ClientForm } from './client-form';

/** The fields of a client, shared by the new-client and edit pages. The page owns the form and the submit. */
@Component({
  selector: 'naast-client-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FieldErrorPipe,
  ],
  templateUrl: './client-form.component.html',
  styleUrl: './client-form.component.scss',
})
export class ClientFormComponent implements OnInit {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18n);
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly destroyRef = inject(DestroyRef);

  readonly form = input.required<ClientForm>();
  /** A client's team is chosen when registering it and not changed by editing. */
  readonly mode = input<'create' | 'edit'>('create');
  /** The teams a new client may be registered in. */
  readonly teams = input<readonly TeamRef[]>([]);

  protected readonly text = this.i18n.messages(CLIENTS_MESSAGES);
  protected readonly today = localIsoDate(new Date());
  /** A saved client may speak a language outside the common list; it is offered too. */
  private readonly chosenLanguage = signal('');
  protected readonly languageOptions = computed(() => {
    const names = new Intl.DisplayNames([this.i18n.language()], { type: 'language' });
    const chosen = this.chosenLanguage();
    const codes: string[] = [...COMMON_LANGUAGE_CODES];
    if (chosen && !codes.includes(chosen)) {
      codes.push(chosen);
    }
    return codes.map((code) => ({ code, name: names.of(code) ?? code }));
  });
  protected readonly accessibilityOptions = computed(() =>
    ACCESSIBILITY_NEEDS.map((value) => ({ value, label: this.i18n.label(ACCESSIBILITY_NEED_LABELS[value]) })),
  );
  protected readonly representativeKindOptions = computed(() =>
    REPRESENTATIVE_KINDS.map((value) => ({ value, label: this.i18n.label(REPRESENTATIVE_KIND_LABELS[value]) })),
  );

  ngOnInit(): void {
    const form = this.form();
    markForCheckOnFormEvents(form, this.changeDetector, this.destroyRef);
    form.controls.consentGiven.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => syncConsentFields(form));
    const language = form.controls.preferredLanguage;
    this.chosenLanguage.set(language.value);
    language.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((code) => this.chosenLanguage.set(code));
  }

  protected addRepresentative(): void {
    this.form().controls.representatives.push(buildRepresentativeForm(this.fb));
  }

  protected removeRepresentative(index: number): void {
    this.form().controls.representatives.removeAt(index);
  }
}
