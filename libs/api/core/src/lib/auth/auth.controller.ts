import { Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiPaths, type SessionUser, XSRF_COOKIE } from '@naast/contracts';
import type { Request, Response } from 'express';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiErrorDto } from '../http/api-error.dto';
import { toSessionUser, type SessionPrincipal } from './auth.service';
import { LoginDto, SessionUserDto } from './auth.dto';
import { csrfCookieOptions, issueCsrfToken } from './csrf';
import { LoginGuard } from './login.guard';
import { Public, Roles } from './roles.decorator';
import { SecondFactorStep } from './second-factor.decorator';
import { SecondFactorService } from './second-factor.service';
import { SESSION_COOKIE } from './session-lifetime';
import { rememberSessionClient } from '../account/account-sessions';

@ApiTags('auth')
@Controller(ApiPaths.auth)
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secondFactor: SecondFactorService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: SessionUserDto, description: 'Signed in; the session cookie is set.' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiUnauthorizedResponse({
    type: ApiErrorDto,
    description: 'Unknown email or wrong password (one message for both).',
  })
  @ApiTooManyRequestsResponse({
    type: ApiErrorDto,
    description: '10 failures within 15 minutes for this account or IP.',
  })
  async login(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionUser> {
    request.session.authenticatedAt = Date.now();
    const principal = request.user as SessionPrincipal;
    // Until the second step is done, the session may only finish it (see AuthorizationGuard).
    request.session.secondFactor = await this.secondFactor.stateAtSignIn(principal.userId);
    rememberSessionClient(request);
    // A fresh CSRF token for the new session.
    response.cookie(
      XSRF_COOKIE,
      issueCsrfToken(this.config.sessionSecret),
      csrfCookieOptions(this.config.cookieSecure),
    );
    return toSessionUser(principal, request.session.secondFactor);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the session is destroyed.' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await new Promise<void>((resolve, reject) => request.logout((err) => (err ? reject(err as Error) : resolve())));
    await new Promise<void>((resolve, reject) =>
      request.session.destroy((err) => (err ? reject(err as Error) : resolve())),
    );
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @SecondFactorStep()
  @ApiOkResponse({ type: SessionUserDto, description: 'Also while the second factor is pending (see `secondFactor`).' })
  async me(@Req() request: Request): Promise<SessionUser> {
    return toSessionUser(request.user as SessionPrincipal, await this.secondFactor.sessionState(request));
  }
}
