export * from './lib/retention-api.service';
export * from './lib/client-anonymisation/client-anonymisation.component';
export * from './lib/retention-dry-run/retention-dry-run.component';
