export * from './lib/case-detail.store';
export * from './lib/cases-api.service';
export * from './lib/cases.store';
export * from './lib/colleagues-api.service';
