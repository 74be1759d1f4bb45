import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AccessLogEntity, type AccessAction, type AccessOutcome } from './access-log.entity';

export interface AccessLogEntry {
  action: AccessAction;
  entity: string;
  entityId: string | null;
  clientId: string | null;
  outcome?: AccessOutcome;
  detail?: string | null;
}

@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one row with the caller's transaction, so the access and its log row commit together. */
  async record(manager: EntityManager, actor: Actor, entry: AccessLogEntry): Promise<void> {
    await this.insert(manager, actor, [entry]);
  }

  /** One row per record, e.g. each client a search returned. */
  async recordMany(manager: EntityManager, actor: Actor, entries: AccessLogEntry[]): Promise<void> {
    if (entries.length > 0) await this.insert(manager, actor, entries);
  }

  /** A refused or failed access has no transaction of its own to join. */
  async recordRefusal(actor: Actor, entry: AccessLogEntry & { outcome: 'denied' | 'not_found' }): Promise<void> {
    await this.insert(this.dataSource.manager, actor, [entry]);
  }

  private async insert(manager: EntityManager, actor: Actor, entries: AccessLogEntry[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AccessLogEntity)
      .values(
        entries.map((e) => ({
          organisationId: actor.organisationId,
          userId: actor.userId,
          role: actor.role,
          clientId: e.clientId,
          entity: e.entity,
          entityId: e.entityId,
          action: e.action,
          outcome: e.outcome ?? 'success',
          requestId: actor.requestId,
          ip: actor.ip,
          detail: e.detail ?? null,
        })),
      )
      .execute();
  }
}
