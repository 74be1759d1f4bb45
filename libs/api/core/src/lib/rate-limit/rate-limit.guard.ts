import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { SessionPrincipal } from '../auth/auth.service';
import { ApiErrorDto } from '../http/api-error.dto';
import { readSearchText } from '../paging/search-text';
import { RateLimitExceededException, type RateLimitKind, RateLimiterService } from './rate-limiter.service';

const RATE_LIMIT_KEY = 'naast:rate-limit';

/**
 * Runs after the global authorization guard, so the user is known. A `search` limit counts only
 * requests that carry a search text: paging through one's own list is not searching.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiterService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.get<RateLimitKind | undefined>(RATE_LIMIT_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    const user = request.user as SessionPrincipal | undefined;
    if (!kind || !user) return true;
    if (kind === 'search' && readSearchText(request) === undefined) return true;
    try {
      await this.limiter.consume(kind, user.userId);
    } catch (error) {
      if (error instanceof RateLimitExceededException)
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
    return true;
  }
}

/** Limits the route per user (limits in AppConfig.rateLimits); over it answers 429 with Retry-After. */
export const RateLimit = (kind: RateLimitKind) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_KEY, kind),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ type: ApiErrorDto, description: `Over the ${kind} limit; see Retry-After.` }),
  );
