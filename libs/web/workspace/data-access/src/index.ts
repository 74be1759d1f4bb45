export * from './lib/calendar-month';
export * from './lib/case-timeline.store';
export * from './lib/caseload-review-api.service';
export * from './lib/visit-drafts-api.service';
export * from './lib/workspace-api.service';
