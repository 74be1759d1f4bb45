import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@naast/api-cases';
import { CaseVisitsController } from './case-visits.controller';
import { VisitAcknowledgementEntity } from './visit-acknowledgement.entity';
import { VisitAmendmentEntity } from './visit-amendment.entity';
import { VisitDomainEntity } from './visit-domain.entity';
import { VisitEntity } from './visit.entity';
import { VisitReader } from './visit-reader';
import { VisitsController } from './visits.controller';
import { VisitsService } from './visits.service';

export const VISITS_ENTITIES = [VisitEntity, VisitDomainEntity, VisitAmendmentEntity, VisitAcknowledgementEntity];

@Module({
  imports: [TypeOrmModule.forFeature(VISITS_ENTITIES), CasesModule],
  controllers: [CaseVisitsController, VisitsController],
  providers: [VisitsService, VisitReader],
  exports: [VisitsService],
})
export class VisitsModule {}
