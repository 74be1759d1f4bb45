import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import { AuthService, type SessionPrincipal } from './auth.service';

/**
 * Only the user id lives in the session; the user is loaded fresh on every request,
 * so a disabled account or a changed role or team takes effect at the next request.
 */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly auth: AuthService) {
    super();
  }

  serializeUser(principal: SessionPrincipal, done: (err: unknown, id?: string) => void): void {
    done(null, principal.userId);
  }

  deserializeUser(userId: string, done: (err: unknown, principal?: SessionPrincipal | false) => void): void {
    this.auth
      .loadPrincipal(userId)
      .then((principal) => done(null, principal ?? false))
      .catch((error: unknown) => done(error));
  }
}
