import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, Roles, todayIsoDate, type Actor } from '@naast/api-core';
import { ApiPaths, type MyWorkView, type VolunteerHours, type VolunteerWorkView } from '@naast/contracts';
import { IsOptional, Matches } from 'class-validator';
import { VolunteerWorkService } from '../volunteer-work/volunteer-work.service';
import { MyWorkService } from './my-work.service';

export class MonthQueryDto {
  @ApiPropertyOptional({ example: '2026-11', description: 'Calendar month; defaults to this month.' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'moet een maand zijn als JJJJ-MM' })
  month?: string;
}

/** Each role's start page: the supporter's work, the volunteer's visits and hours. */
@ApiTags('workspace')
@Controller(ApiPaths.workspace)
export class WorkspaceController {
  constructor(
    private readonly myWork: MyWorkService,
    private readonly volunteerWork: VolunteerWorkService,
  ) {}

  @Get('my-work')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ description: 'MyWorkView: what needs attention on the cases you lead.' })
  getMyWork(@CurrentActor() actor: Actor): Promise<MyWorkView> {
    return this.myWork.myWork(actor);
  }

  @Get('my-visits')
  @Roles('volunteer')
  @ApiOkResponse({ description: 'VolunteerWorkView: linked cases, drafts, hours, acknowledgements.' })
  getMyVisits(@CurrentActor() actor: Actor): Promise<VolunteerWorkView> {
    return this.volunteerWork.myVisits(actor);
  }

  @Get('my-hours')
  @Roles('volunteer')
  @ApiOkResponse({ description: 'VolunteerHours of one month.' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  getMyHours(@CurrentActor() actor: Actor, @Query() query: MonthQueryDto): Promise<VolunteerHours> {
    return this.volunteerWork.hours(actor, query.month ?? todayIsoDate().slice(0, 7));
  }
}
