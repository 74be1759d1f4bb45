export { ProceduresModule, PROCEDURES_ENTITIES } from './lib/procedures.module';
export { ProcedureDeadlinesService, type DeadlineSource } from './lib/procedure-deadlines.service';
