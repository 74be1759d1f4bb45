import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@naast/api-cases';
import { CaseSignalEntity } from './case-signal.entity';
import { SignalFollowUpEntity } from './signal-follow-up.entity';
import { SignalReader } from './signal-reader';
import { CaseSignalsController, SignalsController } from './signals.controller';
import { SignalsService } from './signals.service';

export const SIGNAL_ENTITIES = [CaseSignalEntity, SignalFollowUpEntity];

@Module({
  imports: [TypeOrmModule.forFeature(SIGNAL_ENTITIES), CasesModule],
  controllers: [CaseSignalsController, SignalsController],
  providers: [SignalReader, SignalsService],
})
export class SignalsModule {}
