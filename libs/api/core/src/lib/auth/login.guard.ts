import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request } from 'express';
import { FieldValidationException } from '../http/api-exceptions';
import { flattenValidationErrors, requestBodyProblems } from '../http/validation';
import { LoginDto } from './auth.dto';

/**
 * Validates the body (guards run before pipes), checks the credentials with passport-local and
 * starts the session; passport regenerates the session id at login against fixation.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const problems = requestBodyProblems(request.body);
    if (problems.length > 0) throw new FieldValidationException(problems);
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new FieldValidationException(flattenValidationErrors(errors));
    const ok = (await super.canActivate(context)) as boolean;
    await super.logIn(request);
    return ok;
  }
}
