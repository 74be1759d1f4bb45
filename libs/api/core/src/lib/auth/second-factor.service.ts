import {
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  RECOVERY_CODE_COUNT,
  SECOND_FACTOR_REQUIRED,
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorRequest,
  type SecondFactorState,
  type SecondFactorStatus,
} from '@naast/contracts';
import type { Request } from 'express';
import * as QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldValidationException } from '../http/api-exceptions';
import type { Actor } from './actor';
import type { SessionPrincipal } from './auth.service';
import { TOTP_CLOCK, type TotpClock } from './second-factor.clock';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  matchingTotpStep,
  newRecoveryCode,
  newTotpSecret,
  totpFor,
} from './second-factor.crypto';
import { UserSessionsService } from './user-sessions.service';

declare module 'express-session' {
  interface SessionData {
    /** Set at password sign-in; pending until the code is given or the enrolment confirmed. */
    secondFactor?: SecondFactorState;
    /** An enrolment started but not confirmed: the new secret, encrypted like the stored ones. */
    pendingTotpSecret?: string;
  }
}

export const MAX_FAILED_CODES = 5;
export const CODE_LOCK_MINUTES = 15;
export const SECOND_FACTOR_LOCKED = 'second_factor_locked';
const WRONG_CODE = 'Deze code klopt niet of is al gebruikt.';
const WRONG_RECOVERY_CODE = 'Deze herstelcode klopt niet of is al gebruikt.';

export function isSecondFactorPending(state: SecondFactorState | undefined): boolean {
  return state === 'code_required' || state === 'enrolment_required';
}

export class TooManyCodeAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        message: `Te veel onjuiste codes. Probeer het over ${Math.ceil(retryAfterSeconds / 60)} minuten opnieuw.`,
        code: SECOND_FACTOR_LOCKED,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

interface FactorRow {
  role: Actor['role'];
  policy: 'every_role' | 'admins_and_team_leads';
  enrolled_at: Date | null;
}

/**
 * Two-factor sign-in with TOTP: who needs it, enrolment, checking codes (each 30-second step once),
 * recovery codes, throttling and the admin reset. The session carries the state between the steps.
 */
@Injectable()
export class SecondFactorService {
  private readonly logger = new Logger('SecondFactor');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOTP_CLOCK) private readonly clock: TotpClock,
    private readonly sessions: UserSessionsService,
  ) {}

  /** Admins and team leads always; everyone else when the organisation's policy says every role. */
  static isRequired(role: Actor['role'], policy: FactorRow['policy']): boolean {
    return role === 'admin' || role === 'team_lead' || policy === 'every_role';
  }

  private async factorRow(userId: string): Promise<FactorRow> {
    const [row] = (await this.dataSource.query(
      `SELECT u.role, o.second_factor_policy AS policy, u.totp_enrolled_at AS enrolled_at
         FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
      [userId],
    )) as FactorRow[];
    if (!row) throw new NotFoundException('Gebruiker niet gevonden.');
    return row;
  }

  /** What a fresh password sign-in still needs. An enrolled user always gives a code, required or not. */
  async stateAtSignIn(userId: string): Promise<SecondFactorState> {
    const row = await this.factorRow(userId);
    if (row.enrolled_at) return 'code_required';
    return SecondFactorService.isRequired(row.role, row.policy) ? 'enrolment_required' : 'not_required';
  }

  /** The session's state; a session from before second factors existed is judged as a fresh sign-in. */
  async sessionState(request: Request): Promise<SecondFactorState> {
    const known = request.session.secondFactor;
    if (known) return known;
    const principal = request.user as SessionPrincipal;
    const state = await this.stateAtSignIn(principal.userId);
    request.session.secondFactor = state;
    return state;
  }

  async status(userId: string): Promise<SecondFactorStatus> {
    const row = await this.factorRow(userId);
    const [codes] = (await this.dataSource.query(
      'SELECT count(*)::int AS n FROM user_recovery_codes WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    )) as { n: number }[];
    return {
      enrolled: row.enrolled_at !== null,
      enrolledAt: row.enrolled_at ? row.enrolled_at.toISOString() : null,
      required: SecondFactorService.isRequired(row.role, row.policy),
      unusedRecoveryCodes: codes?.n ?? 0,
    };
  }

  /**
   * Starts (or restarts) an enrolment: a new secret, kept in the session until a code confirms it.
   * A session waiting for its code may not enrol: the password alone must not replace the factor.
   */
  async startEnrolment(request: Request): Promise<SecondFactorEnrolment> {
    const principal = request.user as SessionPrincipal;
    if ((await this.sessionState(request)) === 'code_required') {
      throw new ForbiddenException({
        message: 'Voer eerst de code uit uw authenticator-app in.',
        code: SECOND_FACTOR_REQUIRED,
      });
    }
    const secret = newTotpSecret();
    request.session.pendingTotpSecret = encryptTotpSecret(this.config.totpKey, principal.userId, secret);
    const otpauthUri = totpFor(secret, principal.email).toString();
    const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { otpauthUri, secret, qrSvg };
  }

  /** Stores the pending secret once a code from it is right, and hands out fresh recovery codes. */
  async confirmEnrolment(request: Request, code: string): Promise<RecoveryCodes> {
    const principal = request.user as SessionPrincipal;
    const pending = request.session.pendingTotpSecret;
    if (!pending) {
      throw new ConflictException({
        message: 'Er is geen koppeling gestart. Begin opnieuw.',
        code: 'second_factor_enrolment_missing',
      });
    }
    await this.assertAllowed(principal.userId);
    const secret = decryptTotpSecret(this.config.totpKey, principal.userId, pending);
    const step = matchingTotpStep(secret, code, this.clock.now());
    if (step === null) return this.refuse(principal.userId, 'code', WRONG_CODE);
    const recoveryCodes = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE users SET totp_secret = $2, totp_enrolled_at = now(), totp_last_step = $3 WHERE id = $1',
        [principal.userId, pending, step],
      );
      return this.replaceRecoveryCodes(manager, principal.userId);
    });
    await this.recordAttempt(principal.userId, true);
    delete request.session.pendingTotpSecret;
    await this.completeSignIn(request, principal);
    // A new factor: sessions elsewhere were signed in with the old one (or none).
    await this.sessions.endOthers(principal.userId, request.sessionID);
    return { recoveryCodes };
  }

  /**
   * The second step of a sign-in: a code from the app, or one of the recovery codes. A session that
   * owes no code gets its state back unchanged (nothing is checked, nothing granted); one that must
   * enrol first is refused.
   */
  async verify(request: Request, body: SecondFactorRequest): Promise<SecondFactorState> {
    const principal = request.user as SessionPrincipal;
    const state = await this.sessionState(request);
    if (state === 'enrolment_required') {
      throw new ConflictException({
        message: 'Koppel eerst een authenticator-app.',
        code: 'second_factor_enrolment_required',
      });
    }
    if (state !== 'code_required') return state;
    await this.assertAllowed(principal.userId);
    if (body.code !== undefined) {
      if (!(await this.consumeCode(principal.userId, body.code)))
        return this.refuse(principal.userId, 'code', WRONG_CODE);
    } else {
      const [used] = (await this.dataSource.query(
        `UPDATE user_recovery_codes SET used_at = now()
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
        [principal.userId, hashRecoveryCode(body.recoveryCode ?? '')],
      )) as [unknown[], number];
      if (used.length === 0) return this.refuse(principal.userId, 'recoveryCode', WRONG_RECOVERY_CODE);
    }
    await this.recordAttempt(principal.userId, true);
    await this.completeSignIn(request, principal);
    return 'verified';
  }

  /** New recovery codes (the old ones stop working), confirmed with a current code. */
  async regenerateRecoveryCodes(request: Request, code: string): Promise<RecoveryCodes> {
    const principal = request.user as SessionPrincipal;
    await this.assertAllowed(principal.userId);
    if (!(await this.consumeCode(principal.userId, code))) return this.refuse(principal.userId, 'code', WRONG_CODE);
    await this.recordAttempt(principal.userId, true);
    const recoveryCodes = await this.dataSource.transaction((manager) =>
      this.replaceRecoveryCodes(manager, principal.userId),
    );
    await this.sessions.endOthers(principal.userId, request.sessionID);
    return { recoveryCodes };
  }

  /** An admin clears a user's second factor: all their sessions end and they enrol at the next sign-in. */
  async reset(actor: Actor, userId: string): Promise<void> {
    const [rows] = (await this.dataSource.query(
      `UPDATE users SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL
        WHERE id = $1 AND organisation_id = $2 RETURNING id`,
      [userId, actor.organisationId],
    )) as [unknown[], number];
    if (rows.length === 0) throw new NotFoundException('Gebruiker niet gevonden.');
    await this.dataSource.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [userId]);
    await this.sessions.endAll(userId);
    this.logger.log(`Second factor of user ${userId} reset by admin ${actor.userId}`);
  }

  /**
   * True when the code matches the stored secret for a step after the last one used; that step is
   * then taken in the same statement, so two requests with one code cannot both pass.
   */
  private async consumeCode(userId: string, code: string): Promise<boolean> {
    const [row] = (await this.dataSource.query('SELECT totp_secret FROM users WHERE id = $1', [userId])) as {
      totp_secret: string | null;
    }[];
    if (!row?.totp_secret) return false;
    const step = matchingTotpStep(
      decryptTotpSecret(this.config.totpKey, userId, row.totp_secret),
      code,
      this.clock.now(),
    );
    if (step === null) return false;
    const [taken] = (await this.dataSource.query(
      `UPDATE users SET totp_last_step = $2
        WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
      [userId, step],
    )) as [unknown[], number];
    return taken.length > 0;
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newRecoveryCode());
    await manager.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [userId]);
    await manager.query('INSERT INTO user_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [
      userId,
      codes.map(hashRecoveryCode),
    ]);
    return codes;
  }

  /** A new session id for the now fully signed-in session (against fixation), keeping its data. */
  private async completeSignIn(request: Request, principal: SessionPrincipal): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      request.login(principal, { session: true, keepSessionInfo: true }, (err) =>
        err ? reject(err as Error) : resolve(),
      ),
    );
    request.session.secondFactor = 'verified';
  }

  /** Five wrong codes within 15 minutes (since the last right one) lock the step until the oldest leaves the window. */
  private async assertAllowed(userId: string): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT attempted_at AS blocker FROM second_factor_attempts
        WHERE user_id = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $2)
          AND attempted_at > COALESCE((SELECT max(attempted_at) FROM second_factor_attempts
                                        WHERE user_id = $1 AND succeeded), '-infinity')
        ORDER BY attempted_at DESC OFFSET $3 - 1 LIMIT 1`,
      [userId, CODE_LOCK_MINUTES, MAX_FAILED_CODES],
    )) as { blocker: Date }[];
    if (row) {
      const until = row.blocker.getTime() + CODE_LOCK_MINUTES * 60_000;
      throw new TooManyCodeAttemptsException(Math.max(1, Math.ceil((until - Date.now()) / 1000)));
    }
  }

  private async refuse(userId: string, field: 'code' | 'recoveryCode', reason: string): Promise<never> {
    await this.recordAttempt(userId, false);
    this.logger.warn(`Wrong second-factor ${field === 'code' ? 'code' : 'recovery code'} for user ${userId}`);
    throw new FieldValidationException([{ field, reason }], reason);
  }

  /** Old attempts leave with the housekeeping job. */
  private async recordAttempt(userId: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query('INSERT INTO second_factor_attempts (user_id, succeeded) VALUES ($1, $2)', [
      userId,
      succeeded,
    ]);
  }
}
