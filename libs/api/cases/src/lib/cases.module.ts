import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseAccessService } from './case-access.service';
import { CaseAssignmentChangeEntity } from './case-assignment-change.entity';
import { CaseAssignmentService } from './case-assignment.service';
import { CaseDomainEntity } from './case-domain.entity';
import { CaseInvolvedPartyEntity } from './case-involved-party.entity';
import { CaseListService } from './case-list.service';
import { CaseReader } from './case-reader';
import { CaseStatusChangeEntity } from './case-status-change.entity';
import { CaseVolunteerEntity } from './case-volunteer.entity';
import { CaseEntity } from './case.entity';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ColleaguesController } from './colleagues.controller';
import { ColleaguesService } from './colleagues.service';
import { DomainEntity } from './domain.entity';
import { DomainsController } from './domains.controller';

export const CASES_ENTITIES = [
  DomainEntity,
  CaseEntity,
  CaseDomainEntity,
  CaseVolunteerEntity,
  CaseInvolvedPartyEntity,
  CaseStatusChangeEntity,
  CaseAssignmentChangeEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(CASES_ENTITIES)],
  controllers: [CasesController, DomainsController, ColleaguesController],
  providers: [CasesService, CaseListService, CaseAccessService, CaseAssignmentService, CaseReader, ColleaguesService],
  exports: [CaseAccessService, CaseAssignmentService],
})
export class CasesModule {}
