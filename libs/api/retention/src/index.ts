export { RetentionModule, RETENTION_ENTITIES } from './lib/retention.module';
export {
  ANONYMISATION_REGISTRY,
  CLASSIFIED_DATA_TYPES,
  REMOVED_TEXT,
  type ColumnRule,
  type TableRule,
} from './lib/anonymisation-registry';
export { findRetentionCandidates, type RetentionCandidateRow, type SqlQuery } from './lib/retention-candidates';
export { RETENTION_JOB_NAME } from './lib/retention-anonymisation.job';
export { RETENTION_ACCOUNT_NAME } from './lib/retention-account';
