import { OrganisationEntity } from '@naast/api-core';
import { DomainEntity } from '@naast/api-cases';
import type { DomainCode } from '@naast/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VisitEntity } from './visit.entity';

/** The life domains a visit touched (may be none). */
@Entity('visit_domains')
@Index(['organisationId', 'domainCode'])
export class VisitDomainEntity {
  @PrimaryColumn({ type: 'uuid' })
  visitId!: string;

  @PrimaryColumn({ type: 'text' })
  domainCode!: DomainCode;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: VisitEntity;

  @ManyToOne(() => DomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_code' })
  domain?: DomainEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
