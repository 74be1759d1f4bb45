export { VisitsModule, VISITS_ENTITIES } from './lib/visits.module';
export { VisitsService } from './lib/visits.service';
export { CreateVisitDto } from './lib/dto/create-visit.dto';
export { VisitViewDto } from './lib/dto/visit-view.dto';
