import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { DomainCode, GoalStatus, PlanGoalView } from '@naast/contracts';

/** What the goal form holds and hands to the page: the goal as the API takes it. */
export interface GoalFormValue {
  title: string;
  desiredOutcome: string | null;
  domains: DomainCode[];
  status: GoalStatus;
  stoppedReason: string | null;
  dependsOn: string[];
}

export function goalFormValueOf(goal: PlanGoalView | null): GoalFormValue {
  return {
    title: goal?.title ?? '',
    desiredOutcome: goal?.desiredOutcome ?? null,
    domains: goal ? [...goal.domains] : [],
    status: goal?.status ?? 'open',
    stoppedReason: goal?.stoppedReason ?? null,
    dependsOn: goal ? [...goal.dependsOn] : [],
  };
}

/** A stopped goal needs its reason; the check runs again when the status changes. */
export const reasonWhenStoppedValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const status: unknown = control.parent?.get('status')?.value;
  const value: unknown = control.value;
  return status === 'stopped' && (typeof value !== 'string' || value.trim() === '') ? { required: true } : null;
};
