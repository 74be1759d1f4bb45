import { ROLES, type Role } from '@naast/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ACCESS_ACTIONS = ['read', 'search', 'create', 'update', 'export'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];
export const ACCESS_OUTCOMES = ['success', 'denied', 'not_found'] as const;
export type AccessOutcome = (typeof ACCESS_OUTCOMES)[number];

/**
 * NEN 7513-style log of every access to client data. Append-only: a database trigger
 * refuses UPDATE, DELETE and TRUNCATE, whatever the application tries.
 *
 * Tamper-evident: each user's rows form a hash chain, filled in by the database on insert
 * (migration AccessLogChain): `chainSeq` counts the user's rows, `prevHash` is the hash of the
 * previous one, `hash` covers that and every column of this row. `verifyAccessLogChain` checks it.
 */
@Entity('access_log')
@Index(['userId', 'chainSeq'], { unique: true })
// The viewer pages newest first by (occurredAt, id), so each filter's index ends in both.
@Index('access_log_org_time_id', ['organisationId', 'occurredAt', 'id'])
@Index('access_log_org_client_time_id', ['organisationId', 'clientId', 'occurredAt', 'id'])
@Index('access_log_org_user_time_id', ['organisationId', 'userId', 'occurredAt', 'id'])
export class AccessLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** Database clock in UTC, so the time cannot be supplied by the application. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  /** What kind of record: client, case, visit, ... */
  @Column({ type: 'text' })
  entity!: string;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'enum', enum: ACCESS_ACTIONS, enumName: 'access_action' })
  action!: AccessAction;

  @Column({ type: 'enum', enum: ACCESS_OUTCOMES, enumName: 'access_outcome' })
  outcome!: AccessOutcome;

  @Column({ type: 'text' })
  requestId!: string;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  /** Search terms or the number of results: never client content beyond what the query held. */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  /** Position in the user's chain, from 1; set by the database. */
  @Column({ type: 'bigint', insert: false, update: false })
  chainSeq!: string;

  /** `hash` of the user's previous row; empty for the first. Set by the database. */
  @Column({ type: 'bytea', insert: false, update: false })
  prevHash!: Buffer;

  /** SHA-256 over `prevHash` and this row's columns (`access_log_digest`). Set by the database. */
  @Column({ type: 'bytea', insert: false, update: false })
  hash!: Buffer;
}
