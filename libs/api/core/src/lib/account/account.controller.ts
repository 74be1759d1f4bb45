import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type AccountSession, ApiPaths, type EndedSessions } from '@naast/contracts';
import type { Request } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorDto } from '../http/api-error.dto';
import { AccountSessionDto, EndedSessionsDto, EndSessionDto, PasswordChangeDto } from './account.dto';
import { AccountService } from './account.service';

/**
 * The signed-in user's own account: their sessions and password. Every role has one.
 * A session is named in the body, never in the URL.
 */
@ApiTags('account')
@Controller(ApiPaths.account)
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get('sessions')
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiOkResponse({ type: [AccountSessionDto] })
  listSessions(@CurrentActor() actor: Actor, @Req() request: Request): Promise<AccountSession[]> {
    return this.account.listSessions(actor, request.sessionID);
  }

  @Post('sessions/end-others')
  @HttpCode(200)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiOkResponse({ type: EndedSessionsDto, description: 'Every session of the user but this one has ended.' })
  async endOthers(@CurrentActor() actor: Actor, @Req() request: Request): Promise<EndedSessions> {
    return { ended: await this.account.endOtherSessions(actor, request.sessionID) };
  }

  @Post('sessions/end')
  @HttpCode(204)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiNoContentResponse({
    description: "The session has ended (or was not one of the caller's); its next request is signed out.",
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Not a session id, or this session (sign out instead).' })
  endSession(@CurrentActor() actor: Actor, @Req() request: Request, @Body() body: EndSessionDto): Promise<void> {
    return this.account.endSession(actor, request.sessionID, body.sessionId);
  }

  @Put('password')
  @HttpCode(204)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiNoContentResponse({ description: 'Changed; every other session of the user has ended.' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto })
  changePassword(
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Body() body: PasswordChangeDto,
  ): Promise<void> {
    return this.account.changePassword(actor, request.sessionID, body.currentPassword, body.newPassword);
  }
}
