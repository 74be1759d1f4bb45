import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiPaths, type TeamDetail } from '@naast/contracts';
import { type Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { ApiRecordErrors } from '../http/api-errors.decorator';
import { ApiErrorDto } from '../http/api-error.dto';
import { uuidParam } from '../validation/uuid-param';
import { TeamCreateDto, TeamDetailDto, TeamMembersDto, TeamRenameDto } from './admin-users.dto';
import { TeamAdminService } from './team-admin.service';

/** Teams of the administrator's own organisation; another organisation's teams are "not found". */
@ApiTags('admin')
@Controller(ApiPaths.admin)
export class AdminTeamsController {
  constructor(private readonly teams: TeamAdminService) {}

  @Post('teams')
  @Roles('admin')
  @ApiCreatedResponse({ type: TeamDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'A team of that name exists.' })
  create(@CurrentActor() actor: Actor, @Body() body: TeamCreateDto): Promise<TeamDetail> {
    return this.teams.create(actor, body.name);
  }

  @Get('teams/:teamId')
  @Roles('admin')
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiRecordErrors()
  detail(@CurrentActor() actor: Actor, @Param('teamId', uuidParam('teamId')) teamId: string): Promise<TeamDetail> {
    return this.teams.detail(actor, teamId);
  }

  @Patch('teams/:teamId')
  @Roles('admin')
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Changed meanwhile, or the name is taken.' })
  rename(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuidParam('teamId')) teamId: string,
    @Body() body: TeamRenameDto,
  ): Promise<TeamDetail> {
    return this.teams.rename(actor, teamId, body.version, body.name);
  }

  @Put('teams/:teamId/members')
  @Roles('admin')
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Changed meanwhile; carries the current state.' })
  setMembers(
    @CurrentActor() actor: Actor,
    @Param('teamId', uuidParam('teamId')) teamId: string,
    @Body() body: TeamMembersDto,
  ): Promise<TeamDetail> {
    return this.teams.setMembers(actor, teamId, body.version, body.userIds);
  }
}
