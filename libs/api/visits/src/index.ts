export { VisitsModule, VISITS_ENTITIES } from './lib/visits.module';
