import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  ApiPaths,
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
  type SessionUser,
} from '@naast/contracts';
import type { Request } from 'express';
import { ApiErrorDto } from '../http/api-error.dto';
import { FieldValidationException } from '../http/api-exceptions';
import { uuidParam } from '../validation/uuid-param';
import { type Actor, CurrentActor } from './actor';
import { SessionUserDto } from './auth.dto';
import { toSessionUser, type SessionPrincipal } from './auth.service';
import { SecondFactorStep } from './second-factor.decorator';
import {
  RecoveryCodesDto,
  SecondFactorCodeDto,
  SecondFactorEnrolmentDto,
  SecondFactorStatusDto,
  SecondFactorVerifyDto,
} from './second-factor.dto';
import { SecondFactorService } from './second-factor.service';
import { Roles } from './roles.decorator';

const THROTTLED = { type: ApiErrorDto, description: '5 wrong codes within 15 minutes (code `second_factor_locked`).' };

@ApiTags('auth')
@Controller(`${ApiPaths.auth}/second-factor`)
export class SecondFactorController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Post()
  @HttpCode(200)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @SecondFactorStep()
  @ApiOkResponse({
    type: SessionUserDto,
    description: 'Signed in; the session id is renewed. A session that owes no code gets its state back.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Wrong or reused code.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The session must enrol first.' })
  @ApiTooManyRequestsResponse(THROTTLED)
  async verify(@Req() request: Request, @Body() body: SecondFactorVerifyDto): Promise<SessionUser> {
    if ((body.code === undefined) === (body.recoveryCode === undefined)) {
      throw new FieldValidationException([{ field: 'code', reason: 'geef een code óf een herstelcode' }]);
    }
    return toSessionUser(request.user as SessionPrincipal, await this.secondFactor.verify(request, body));
  }

  @Get()
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiOkResponse({ type: SecondFactorStatusDto })
  status(@CurrentActor() actor: Actor): Promise<SecondFactorStatus> {
    return this.secondFactor.status(actor.userId);
  }

  @Post('enrolment')
  @HttpCode(200)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @SecondFactorStep()
  @ApiOkResponse({
    type: SecondFactorEnrolmentDto,
    description: 'A new secret, kept in the session until confirmed; a session waiting for its code is refused.',
  })
  startEnrolment(@Req() request: Request): Promise<SecondFactorEnrolment> {
    return this.secondFactor.startEnrolment(request);
  }

  @Post('enrolment/confirm')
  @HttpCode(200)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @SecondFactorStep()
  @ApiOkResponse({
    type: RecoveryCodesDto,
    description: 'Enrolled and signed in; ten recovery codes, shown once. Other sessions of the user end.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Wrong code.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'No enrolment was started in this session.' })
  @ApiTooManyRequestsResponse(THROTTLED)
  confirmEnrolment(@Req() request: Request, @Body() body: SecondFactorCodeDto): Promise<RecoveryCodes> {
    return this.secondFactor.confirmEnrolment(request, body.code);
  }

  @Post('recovery-codes')
  @HttpCode(200)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiOkResponse({ type: RecoveryCodesDto, description: 'Ten new codes; the old ones stop working.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Wrong code.' })
  @ApiTooManyRequestsResponse(THROTTLED)
  regenerateRecoveryCodes(@Req() request: Request, @Body() body: SecondFactorCodeDto): Promise<RecoveryCodes> {
    return this.secondFactor.regenerateRecoveryCodes(request, body.code);
  }
}

@ApiTags('admin')
@Controller(ApiPaths.admin)
export class SecondFactorAdminController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Post('users/:userId/second-factor/reset')
  @HttpCode(204)
  @Roles('admin')
  @ApiNoContentResponse({ description: 'Cleared; every session of the user ended; they enrol again at sign-in.' })
  reset(@CurrentActor() actor: Actor, @Param('userId', uuidParam('userId')) userId: string): Promise<void> {
    return this.secondFactor.reset(actor, userId);
  }
}
