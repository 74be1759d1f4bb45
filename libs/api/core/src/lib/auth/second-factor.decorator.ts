import { SetMetadata } from '@nestjs/common';

export const SECOND_FACTOR_STEP_KEY = 'naast:second-factor-step';

/**
 * A route a signed-in session may call while its second factor is still pending (the code step,
 * enrolment, who am I). Every other route refuses such a session with 403 `second_factor_required`.
 */
export function SecondFactorStep() {
  return SetMetadata(SECOND_FACTOR_STEP_KEY, true);
}
