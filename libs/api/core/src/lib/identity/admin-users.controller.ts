import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AdminUserView, ApiPaths } from '@naast/contracts';
import { type Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { ApiRecordErrors } from '../http/api-errors.decorator';
import { ApiErrorDto } from '../http/api-error.dto';
import { uuidParam } from '../validation/uuid-param';
import { AdminUserCreateDto, AdminUserUpdateDto, VersionDto } from './admin-users.dto';
import { AdminUserDto } from './identity.dto';
import { UserAdminService } from './user-admin.service';

/** Accounts of the administrator's own organisation; another organisation's users are "not found". */
@ApiTags('admin')
@Controller(ApiPaths.admin)
export class AdminUsersController {
  constructor(private readonly users: UserAdminService) {}

  @Post('users')
  @Roles('admin')
  @ApiCreatedResponse({ type: AdminUserDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A bad field, or a password the policy refuses.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The email address is in use.' })
  create(@CurrentActor() actor: Actor, @Body() body: AdminUserCreateDto): Promise<AdminUserView> {
    return this.users.create(actor, body);
  }

  @Patch('users/:userId')
  @Roles('admin')
  @ApiOkResponse({ type: AdminUserDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Changed meanwhile; carries the current state.' })
  update(
    @CurrentActor() actor: Actor,
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() body: AdminUserUpdateDto,
  ): Promise<AdminUserView> {
    return this.users.update(actor, userId, body);
  }

  @Post('users/:userId/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: AdminUserDto, description: 'Blocked; every session of the user has ended.' })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Changed meanwhile; carries the current state.' })
  disable(
    @CurrentActor() actor: Actor,
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() body: VersionDto,
  ): Promise<AdminUserView> {
    return this.users.disable(actor, userId, body.version);
  }

  @Post('users/:userId/enable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: AdminUserDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Changed meanwhile; carries the current state.' })
  enable(
    @CurrentActor() actor: Actor,
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() body: VersionDto,
  ): Promise<AdminUserView> {
    return this.users.enable(actor, userId, body.version);
  }
}
