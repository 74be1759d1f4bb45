import { OrganisationEntity, UserEntity } from '@naast/api-core';
import { CaseEntity } from '@naast/api-cases';
import {
  AFFILIATION_KINDS,
  INVOLVED_PARTY_KINDS,
  type AffiliationKind,
  type InvolvedPartyKind,
} from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAffiliationEntity } from './user-affiliation.entity';

/**
 * A team lead's decision that someone stays on a case despite a tie to an involved party: who, when,
 * why and which tie. The tie is copied, so the decision still reads right after the affiliation changes.
 */
@Entity('case_independence_overrides')
@Index(['caseId', 'userId', 'affiliationId', 'partyKind', 'partyKey'], { unique: true })
@Index(['organisationId', 'caseId'])
@Check('case_independence_overrides_justification_length', `char_length(justification) BETWEEN 1 AND 2000`)
export class CaseIndependenceOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** The person with the tie. */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  affiliationId!: string | null;

  @Column({ type: 'enum', enum: AFFILIATION_KINDS, enumName: 'affiliation_kind' })
  affiliationKind!: AffiliationKind;

  @Column({ type: 'text', nullable: true })
  affiliationDescription!: string | null;

  @Column({ type: 'enum', enum: INVOLVED_PARTY_KINDS, enumName: 'involved_party_kind' })
  partyKind!: InvolvedPartyKind;

  @Column({ type: 'text' })
  partyName!: string;

  /** `partyNameKey(partyName)`: what the tie matched on. */
  @Column({ type: 'text' })
  partyKey!: string;

  @Column({ type: 'text' })
  justification!: string;

  @Column({ type: 'uuid' })
  decidedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => UserAffiliationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'affiliation_id' })
  affiliation?: UserAffiliationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
