import { OrganisationEntity } from '@naast/api-core';
import type { DomainCode } from '@naast/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity } from './case.entity';
import { DomainEntity } from './domain.entity';

/** The life domains a case is about (at least one, checked on write). */
@Entity('case_domains')
@Index(['organisationId', 'domainCode'])
export class CaseDomainEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'text' })
  domainCode!: DomainCode;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => DomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_code' })
  domain?: DomainEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
