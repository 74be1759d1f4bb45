import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogEntity } from './access-log/access-log.entity';
import { AccessLogService } from './access-log/access-log.service';
import { AccountController } from './account/account.controller';
import { AccountService } from './account/account.service';
import { SecondFactorAttemptEntity, UserRecoveryCodeEntity } from './auth/second-factor.entities';
import { SecondFactorAdminController, SecondFactorController } from './auth/second-factor.controller';
import { TOTP_CLOCK, systemTotpClock, type TotpClock } from './auth/second-factor.clock';
import { SecondFactorService } from './auth/second-factor.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { AuthorizationGuard } from './auth/authorization.guard';
import { LocalStrategy } from './auth/local.strategy';
import { LoginAttemptEntity } from './auth/login-attempt.entity';
import { LoginThrottleService } from './auth/login-throttle.service';
import { SessionEntity } from './auth/session.entity';
import { UserSessionsService } from './auth/user-sessions.service';
import { RateLimitCounterEntity } from './rate-limit/rate-limit-counter.entity';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimiterService } from './rate-limit/rate-limiter.service';
import { SessionSerializer } from './auth/session.serializer';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { HealthController } from './health/health.controller';
import { Readiness } from './health/readiness';
import { HousekeepingJob } from './jobs/housekeeping.job';
import { JobRunEntity } from './jobs/job-run.entity';
import { JobScheduler } from './jobs/job-scheduler.service';
import { AdminController } from './identity/admin.controller';
import { AdminTeamsController } from './identity/admin-teams.controller';
import { AdminUsersController } from './identity/admin-users.controller';
import { TeamAdminService } from './identity/team-admin.service';
import { UserAdminService } from './identity/user-admin.service';
import { IdentityService } from './identity/identity.service';
import { OrganisationEntity } from './identity/organisation.entity';
import { TeamMembershipEntity } from './identity/team-membership.entity';
import { TeamEntity } from './identity/team.entity';
import { UserEntity } from './identity/user.entity';

export const CORE_ENTITIES = [
  OrganisationEntity,
  TeamEntity,
  UserEntity,
  TeamMembershipEntity,
  SessionEntity,
  LoginAttemptEntity,
  AccessLogEntity,
  JobRunEntity,
  RateLimitCounterEntity,
  UserRecoveryCodeEntity,
  SecondFactorAttemptEntity,
];

/** Config, identity, sign-in, authorization, the access log and health: what every domain module relies on. */
@Global()
@Module({})
export class CoreModule {
  /** `totpClock`: the time TOTP codes are checked against (the system clock unless a test steps it). */
  static forRoot(config: AppConfig, options: { totpClock?: TotpClock } = {}): DynamicModule {
    return {
      module: CoreModule,
      imports: [DiscoveryModule, PassportModule.register({ session: true }), TypeOrmModule.forFeature(CORE_ENTITIES)],
      controllers: [
        AuthController,
        SecondFactorController,
        SecondFactorAdminController,
        HealthController,
        AdminController,
        AccountController,
        AdminUsersController,
        AdminTeamsController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
        { provide: TOTP_CLOCK, useValue: options.totpClock ?? systemTotpClock },
        SecondFactorService,
        AccessLogService,
        AuthService,
        LoginThrottleService,
        LocalStrategy,
        SessionSerializer,
        IdentityService,
        UserSessionsService,
        RateLimiterService,
        RateLimitGuard,
        AccountService,
        UserAdminService,
        TeamAdminService,
        Readiness,
        JobScheduler,
        HousekeepingJob,
      ],
      exports: [
        APP_CONFIG,
        AccessLogService,
        AuthService,
        UserSessionsService,
        RateLimiterService,
        RateLimitGuard,
        TypeOrmModule,
        Readiness,
        JobScheduler,
      ],
    };
  }
}
