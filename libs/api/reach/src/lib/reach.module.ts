import { Module } from '@nestjs/common';
import { ReachController } from './reach.controller';
import { ReachService } from './reach.service';

@Module({
  controllers: [ReachController],
  providers: [ReachService],
})
export class ReachModule {}
