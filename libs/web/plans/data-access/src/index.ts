export * from './lib/plan-conflict';
export * from './lib/plan.store';
export * from './lib/plans-api.service';
