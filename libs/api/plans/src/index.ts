export { PlansModule, PLAN_ENTITIES } from './lib/plans.module';
