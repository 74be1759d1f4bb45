import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, Roles, type Actor } from '@naast/api-core';
import { UserRefDto } from '@naast/api-core';
import { ApiPaths, type UserRef } from '@naast/contracts';
import { ColleaguesService } from './colleagues.service';
import { UserListQueryDto } from './dto/user-list-query.dto';

/** Colleagues to choose from when assigning a lead supporter or linking volunteers. */
@ApiTags('users')
@Controller(ApiPaths.users)
export class ColleaguesController {
  constructor(private readonly colleagues: ColleaguesService) {}

  @Get()
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: [UserRefDto] })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  list(@CurrentActor() actor: Actor, @Query() query: UserListQueryDto): Promise<UserRef[]> {
    return this.colleagues.list(actor, query);
  }
}
