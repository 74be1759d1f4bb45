import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AdminUserView, ApiPaths, type TeamView } from '@naast/contracts';
import { type Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { AdminUserDto, TeamDto } from './identity.dto';
import { IdentityService } from './identity.service';

@ApiTags('admin')
@Controller(ApiPaths.admin)
export class AdminController {
  constructor(private readonly identity: IdentityService) {}

  @Get('users')
  @Roles('admin')
  @ApiOkResponse({ type: [AdminUserDto] })
  listUsers(@CurrentActor() actor: Actor): Promise<AdminUserView[]> {
    return this.identity.listUsers(actor);
  }

  @Get('teams')
  @Roles('admin')
  @ApiOkResponse({ type: [TeamDto] })
  listTeams(@CurrentActor() actor: Actor): Promise<TeamView[]> {
    return this.identity.listTeams(actor);
  }
}
