import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@naast/api-cases';
import { AffiliationDeclarationEntity } from './affiliation-declaration.entity';
import { AffiliationsController } from './affiliations.controller';
import { AffiliationsService } from './affiliations.service';
import { CaseIndependenceController } from './case-independence.controller';
import { CaseIndependenceOverrideEntity } from './case-independence-override.entity';
import { CaseIndependenceService } from './case-independence.service';
import { RoleCardTextEntity } from './role-card-text.entity';
import { RoleCardService } from './role-card.service';
import { UserAffiliationEntity } from './user-affiliation.entity';

export const INDEPENDENCE_ENTITIES = [
  UserAffiliationEntity,
  AffiliationDeclarationEntity,
  CaseIndependenceOverrideEntity,
  RoleCardTextEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(INDEPENDENCE_ENTITIES), CasesModule],
  controllers: [AffiliationsController, CaseIndependenceController],
  providers: [AffiliationsService, CaseIndependenceService, RoleCardService],
})
export class IndependenceModule {}
