export { CasesModule, CASES_ENTITIES } from './lib/cases.module';
export { CaseAccessService, type CaseFacts, type Refusal } from './lib/case-access.service';
export { CaseAssignmentService, type AssignedPerson } from './lib/case-assignment.service';
export { CaseEntity } from './lib/case.entity';
export { DomainEntity } from './lib/domain.entity';
export {
  canAmendVisit,
  canEditCase,
  canReadCase,
  canRecordVisit,
  type CaseAccessFacts,
  type CaseSubject,
} from './lib/domain/case-access';
export {
  calendarDates,
  caseAttentionSql,
  daysWithoutContactSql,
  lastContactSql,
  type CalendarSql,
} from './lib/domain/case-attention';
export { caseReadPredicate } from './lib/domain/case-access';
