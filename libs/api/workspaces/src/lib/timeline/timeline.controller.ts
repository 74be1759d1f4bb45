import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiRecordErrors, CurrentActor, Roles, toStringArray, uuidParam, type Actor } from '@naast/api-core';
import {
  ApiPaths,
  DOMAIN_CODES,
  TIMELINE_KINDS,
  type DomainCode,
  type TimelineEntry,
  type TimelineKind,
  type TimelineQuery,
} from '@naast/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { TimelineService } from './timeline.service';

export class TimelineQueryDto implements TimelineQuery {
  @ApiPropertyOptional({ enum: TIMELINE_KINDS, isArray: true, description: 'Repeat or comma-separate for several.' })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(TIMELINE_KINDS.length * 2)
  @IsIn(TIMELINE_KINDS, { each: true, message: `moet bestaan uit ${TIMELINE_KINDS.join(', ')}` })
  kind?: TimelineKind[];

  @ApiPropertyOptional({ enum: DOMAIN_CODES, isArray: true, description: 'Entries touching any of these domains.' })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(DOMAIN_CODES.length * 2)
  @IsIn(DOMAIN_CODES, { each: true, message: `moet bestaan uit ${DOMAIN_CODES.join(', ')}` })
  domain?: DomainCode[];
}

@ApiTags('cases')
@Controller(`${ApiPaths.cases}/:caseId/timeline`)
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ description: 'TimelineEntry[], newest first.' })
  @ApiRecordErrors()
  get(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Query() query: TimelineQueryDto,
  ): Promise<TimelineEntry[]> {
    return this.timeline.timeline(actor, caseId, query);
  }
}
