import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { ActionOwnerKind, ActionStatus, PlanActionView } from '@naast/contracts';

/** What the action form holds and hands to the page: the action as the API takes it. */
export interface ActionFormValue {
  description: string;
  owner: { kind: ActionOwnerKind; userId: string | null; name: string | null };
  dueOn: string | null;
  status: ActionStatus;
}

/** Supporters and volunteers are colleagues linked to the case; network and external parties are named. */
export const OWNER_KINDS_WITH_USER: readonly ActionOwnerKind[] = ['supporter', 'volunteer'];
export const OWNER_KINDS_WITH_NAME: readonly ActionOwnerKind[] = ['network', 'external'];

export function actionFormValueOf(action: PlanActionView | null): ActionFormValue {
  return {
    description: action?.description ?? '',
    owner: {
      kind: action?.owner.kind ?? 'client',
      userId: action?.owner.user?.id ?? null,
      name: action?.owner.name ?? null,
    },
    dueOn: action?.dueOn ?? null,
    status: action?.status ?? 'open',
  };
}

function ownerKindOf(control: AbstractControl): unknown {
  return control.parent?.get('kind')?.value;
}

/** The colleague is required for a supporter or volunteer; checked again when the kind changes. */
export const ownerUserValidator: ValidatorFn = (control) =>
  OWNER_KINDS_WITH_USER.includes(ownerKindOf(control) as ActionOwnerKind) && !control.value ? { required: true } : null;

/** The name is required for someone from the network or an external party. */
export const ownerNameValidator: ValidatorFn = (control): ValidationErrors | null => {
  const value: unknown = control.value;
  return OWNER_KINDS_WITH_NAME.includes(ownerKindOf(control) as ActionOwnerKind) &&
    (typeof value !== 'string' || value.trim() === '')
    ? { required: true }
    : null;
};
