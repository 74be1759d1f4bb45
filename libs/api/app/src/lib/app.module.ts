import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@naast/api-cases';
import { ClientsModule } from '@naast/api-clients';
import { ConsentModule } from '@naast/api-consent';
import { type AppConfig, CoreModule, type TotpClock } from '@naast/api-core';
import { IndependenceModule } from '@naast/api-independence';
import { PlansModule } from '@naast/api-plans';
import { PrivacyModule } from '@naast/api-privacy';
import { ProceduresModule } from '@naast/api-procedures';
import { ReachModule } from '@naast/api-reach';
import { RetentionModule } from '@naast/api-retention';
import { SignalsModule } from '@naast/api-signals';
import { VisitsModule } from '@naast/api-visits';
import { WorkspacesModule } from '@naast/api-workspaces';
import { naastDataSourceOptions } from './data-source.options';

/** The composition root: core plus every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, options: { totpClock?: TotpClock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(
          naastDataSourceOptions(databaseUrl, {
            poolSize: config.database.poolSize,
            connectTimeoutMs: config.database.connectTimeoutMs,
          }),
        ),
        CoreModule.forRoot(config, { totpClock: options.totpClock }),
        ClientsModule,
        CasesModule,
        VisitsModule,
        PlansModule,
        ProceduresModule,
        IndependenceModule,
        WorkspacesModule,
        SignalsModule,
        ConsentModule,
        ReachModule,
        PrivacyModule,
        RetentionModule,
      ],
    };
  }
}
