import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@naast/api-cases';
import { CaseProcedureDateEntity } from './case-procedure-date.entity';
import { CaseProcedureDeadlineEntity } from './case-procedure-deadline.entity';
import { CaseProcedureEntity } from './case-procedure.entity';
import { CaseProceduresController } from './case-procedures.controller';
import { ProcedureDeadlinesController } from './procedure-deadlines.controller';
import { ProcedureDeadlinesService } from './procedure-deadlines.service';
import { ProceduresService } from './procedures.service';

export const PROCEDURES_ENTITIES = [CaseProcedureEntity, CaseProcedureDateEntity, CaseProcedureDeadlineEntity];

@Module({
  imports: [TypeOrmModule.forFeature(PROCEDURES_ENTITIES), CasesModule],
  controllers: [CaseProceduresController, ProcedureDeadlinesController],
  providers: [ProceduresService, ProcedureDeadlinesService],
  // Start pages add the deadlines to their own "upcoming" list through this service.
  exports: [ProcedureDeadlinesService],
})
export class ProceduresModule {}
