import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientConsentController, ConsentController } from './consent.controller';
import { ConsentEntity } from './consent.entity';
import { ConsentReader } from './consent-reader';
import { ConsentService } from './consent.service';
import { DisclosureEntity } from './disclosure.entity';

export const CONSENT_ENTITIES = [ConsentEntity, DisclosureEntity];

@Module({
  imports: [TypeOrmModule.forFeature(CONSENT_ENTITIES)],
  controllers: [ClientConsentController, ConsentController],
  providers: [ConsentReader, ConsentService],
})
export class ConsentModule {}
