import { OrganisationEntity, UserEntity } from '@naast/api-core';
import { ClientEntity } from '@naast/api-clients';
import type { AnonymisationTrigger } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One anonymisation of one client: who asked and why (a team lead's request) or that the retention
 * period ran out. Ids, dates and the reason only: the row outlives the client's personal data.
 */
@Entity('client_anonymisations')
@Unique('UQ_client_anonymisations_client', ['clientId'])
@Index('IDX_client_anonymisations_org_time', ['organisationId', 'requestedAt'])
@Check('client_anonymisations_trigger', `trigger IN ('request', 'retention')`)
@Check(
  'client_anonymisations_request_complete',
  `trigger <> 'request' OR (requested_by_id IS NOT NULL AND reason IS NOT NULL)`,
)
export class ClientAnonymisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_client_anonymisations' })
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'text' })
  trigger!: AnonymisationTrigger;

  /** The team lead who asked; null for a retention run. */
  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  executedAt!: Date | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_client_anonymisations_organisation' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'FK_client_anonymisations_client' })
  client?: ClientEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'FK_client_anonymisations_requested_by' })
  requestedBy?: UserEntity;
}
