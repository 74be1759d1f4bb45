import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ACTION_OWNER_KINDS,
  ACTION_OWNER_KIND_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  MAX_ACTION_DESCRIPTION_LENGTH,
  MAX_ACTION_OWNER_NAME_LENGTH,
  type ActionOwnerKind,
  type ActionStatus,
  type ApiError,
  type PlanActionView,
  type UserRef,
} from '@naast/contracts';
import {
  ConflictNoticeComponent,
  FieldErrorPipe,
  I18n,
  focusFirstInvalidField,
  versionedEdit,
  type ConflictField,
} from '@naast/web-core';
import { conflictAction } from '@naast/web-plans-data-access';
import { ownerLabel } from '@naast/web-plans-ui';
import { PLANS_MESSAGES } from '../plans.messages';
import {
  OWNER_KINDS_WITH_NAME,
  OWNER_KINDS_WITH_USER,
  actionFormValueOf,
  ownerNameValidator,
  ownerUserValidator,
  type ActionFormValue,
} from './action-form';

/** The colleagues linked to the case, who can own an action. */
export interface CasePeople {
  supporters: readonly UserRef[];
  volunteers: readonly UserRef[];
}

/**
 * Adding an action under a goal, or editing one in place (when `action` is given). An edit holds
 * its own version and answers a 409 beside the form, as the goal form does.
 */
@Component({
  selector: 'naast-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    FieldErrorPipe,
    ConflictNoticeComponent,
  ],
  templateUrl: './action-form.component.html',
  styleUrl: './action-form.component.scss',
})
export class ActionFormComponent implements OnInit {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly conflictNotice = viewChild(ConflictNoticeComponent);

  /**
   * The action to edit (null adds a new one), read when the form opens: a newer state arriving
   * later (the plan after a 409) is offered in the notice, never poured over what the user typed.
   */
  readonly action = input<PlanActionView | null>(null);
  readonly people = input<CasePeople>({ supporters: [], volunteers: [] });
  readonly saving = input(false);

  /** The whole action as typed; for an edit the page sends `edit.changes()` of it on `edit.version()`. */
  readonly save = output<ActionFormValue>();
  readonly cancelled = output<void>();

  /** Public so the page can put the API's field errors on it (`owner.name`, `dueOn`, …). */
  readonly form = this.fb.group({
    description: ['', [Validators.required, Validators.maxLength(MAX_ACTION_DESCRIPTION_LENGTH)]],
    owner: this.fb.group({
      kind: ['client' as ActionOwnerKind],
      userId: ['', ownerUserValidator],
      name: ['', [ownerNameValidator, Validators.maxLength(MAX_ACTION_OWNER_NAME_LENGTH)]],
    }),
    dueOn: [''],
    status: ['open' as ActionStatus],
  });

  /** An existing item's edit: its version, what the user changed, the 409 notice and both ways on. */
  readonly edit = versionedEdit<PlanActionView, ActionFormValue>({
    valueOf: actionFormValueOf,
    fill: (action) => this.fillFrom(action),
    fields: (saved) => this.conflictFields(saved),
    notice: () => this.conflictNotice(),
  });

  protected readonly text = this.i18n.messages(PLANS_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly isEdit = computed(() => this.action() !== null);
  protected readonly submitted = signal(false);
  protected readonly kind = signal<ActionOwnerKind>('client');
  protected readonly needsUser = computed(() => OWNER_KINDS_WITH_USER.includes(this.kind()));
  protected readonly needsName = computed(() => OWNER_KINDS_WITH_NAME.includes(this.kind()));
  protected readonly kindOptions = computed(() =>
    ACTION_OWNER_KINDS.map((kind) => ({ value: kind, label: ACTION_OWNER_KIND_LABELS[kind][this.language()] })),
  );
  protected readonly statusOptions = computed(() =>
    ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status][this.language()] })),
  );
  /** The action as the form was last filled from: the one opened, or the saved one the user took. */
  private readonly filledFrom = signal<PlanActionView | null>(null);
  /** The colleagues of the chosen kind, plus the current owner if they are no longer linked. */
  protected readonly userOptions = computed(() => {
    const people = this.people();
    const users = this.kind() === 'volunteer' ? people.volunteers : people.supporters;
    const owner = this.filledFrom()?.owner;
    const current = owner?.kind === this.kind() ? owner.user : null;
    return current && !users.some((user) => user.id === current.id) ? [...users, current] : users;
  });

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    const owner = this.form.controls.owner.controls;
    owner.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => {
      this.kind.set(kind);
      owner.userId.updateValueAndValidity();
      owner.name.updateValueAndValidity();
    });
    afterNextRender({
      read: () => this.host.nativeElement.querySelector<HTMLElement>('input, textarea')?.focus(),
    });
  }

  ngOnInit(): void {
    const action = this.action();
    if (action) {
      this.edit.start(action);
    }
  }

  value(): ActionFormValue {
    const value = this.form.getRawValue();
    const kind = value.owner.kind;
    const name = value.owner.name.trim();
    return {
      description: value.description.trim(),
      owner: {
        kind,
        userId: OWNER_KINDS_WITH_USER.includes(kind) ? value.owner.userId || null : null,
        name: OWNER_KINDS_WITH_NAME.includes(kind) && name !== '' ? name : null,
      },
      dueOn: value.dueOn === '' ? null : value.dueOn,
      status: value.status,
    };
  }

  protected submitAction(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.save.emit(this.value());
  }

  /**
   * Answers a refused save of `mine`: true when it was a 409 and the action is still in the plan
   * the API sent back (the 409 carries the whole plan); the notice then shows it beside the form.
   */
  showConflict(error: ApiError, mine: ActionFormValue): boolean {
    const id = this.action()?.id;
    const saved = id ? conflictAction(error, id) : null;
    return saved !== null && this.edit.showConflict({ ...error, current: saved }, mine);
  }

  protected keepMine(): void {
    if (this.edit.keepMine()) {
      this.submitAction();
    }
  }

  protected takeSaved(): void {
    this.edit.takeSaved();
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  private conflictFields(saved: PlanActionView): ConflictField<ActionFormValue>[] {
    const t = this.text().actions;
    const empty = this.text().conflict.empty;
    // The form holds the owner as an id; the people of the case and both states of the action name them.
    const people = [
      ...this.people().supporters,
      ...this.people().volunteers,
      ...[this.action()?.owner.user, saved.owner.user].filter((user): user is UserRef => !!user),
    ];
    const owner = ({ owner: o }: ActionFormValue) =>
      ownerLabel(
        { kind: o.kind, user: people.find((person) => person.id === o.userId) ?? null, name: o.name },
        this.language(),
      );
    return [
      { label: t.description, value: (a) => a.description, show: (a) => a.description || empty },
      { label: t.ownerKind, value: (a) => a.owner, show: owner },
      {
        label: t.dueOn,
        value: (a) => a.dueOn,
        show: (a) => (a.dueOn ? this.i18n.formatDate(a.dueOn, 'longDate') : empty),
      },
      { label: t.status, value: (a) => a.status, show: (a) => this.i18n.label(ACTION_STATUS_LABELS[a.status]) },
    ];
  }

  private fillFrom(action: PlanActionView): void {
    const value = actionFormValueOf(action);
    this.filledFrom.set(action);
    this.submitted.set(false);
    this.form.reset({
      description: value.description,
      owner: { kind: value.owner.kind, userId: value.owner.userId ?? '', name: value.owner.name ?? '' },
      dueOn: value.dueOn ?? '',
      status: value.status,
    });
    this.kind.set(value.owner.kind);
  }
}
