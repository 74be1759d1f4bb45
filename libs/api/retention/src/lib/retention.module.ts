import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientAnonymisationEntity } from './client-anonymisation.entity';
import { ClientAnonymisationService } from './client-anonymisation.service';
import { RetentionAnonymisationJob } from './retention-anonymisation.job';
import { ClientAnonymisationController, RetentionAdminController } from './retention.controller';
import { RetentionService } from './retention.service';

export const RETENTION_ENTITIES = [ClientAnonymisationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(RETENTION_ENTITIES)],
  controllers: [ClientAnonymisationController, RetentionAdminController],
  providers: [ClientAnonymisationService, RetentionService, RetentionAnonymisationJob],
})
export class RetentionModule {}
