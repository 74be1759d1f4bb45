import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogEntity } from './access-log/access-log.entity';
import { AccessLogService } from './access-log/access-log.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { AuthorizationGuard } from './auth/authorization.guard';
import { LocalStrategy } from './auth/local.strategy';
import { LoginAttemptEntity } from './auth/login-attempt.entity';
import { LoginThrottleService } from './auth/login-throttle.service';
import { SessionEntity } from './auth/session.entity';
import { UserSessionsService } from './auth/user-sessions.service';
import { SessionSerializer } from './auth/session.serializer';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { HealthController } from './health/health.controller';
import { Readiness } from './health/readiness';
import { HousekeepingJob } from './jobs/housekeeping.job';
import { JobRunEntity } from './jobs/job-run.entity';
import { JobScheduler } from './jobs/job-scheduler.service';
import { AdminController } from './identity/admin.controller';
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
];

/** Config, identity, sign-in, authorization, the access log and health: what every domain module relies on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [DiscoveryModule, PassportModule.register({ session: true }), TypeOrmModule.forFeature(CORE_ENTITIES)],
      controllers: [AuthController, HealthController, AdminController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
        AccessLogService,
        AuthService,
        LoginThrottleService,
        LocalStrategy,
        SessionSerializer,
        IdentityService,
        UserSessionsService,
        Readiness,
        JobScheduler,
        HousekeepingJob,
      ],
      exports: [APP_CONFIG, AccessLogService, AuthService, UserSessionsService, TypeOrmModule, Readiness, JobScheduler],
    };
  }
}
