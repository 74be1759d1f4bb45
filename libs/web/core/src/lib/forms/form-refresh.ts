import type { ChangeDetectorRef, DestroyRef } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';

/**
 * An OnPush component that renders a form it did not create re-renders when that form changes
 * from outside (server errors set after a failed save, a reset), not only on its own DOM events.
 */
export function markForCheckOnFormEvents(
  form: AbstractControl,
  changeDetector: ChangeDetectorRef,
  destroyRef: DestroyRef,
): void {
  form.events.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => changeDetector.markForCheck());
}
