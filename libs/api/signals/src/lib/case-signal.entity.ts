import { OrganisationEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { CaseEntity } from '@naast/api-cases';
import {
  MAX_SIGNAL_DESCRIPTION_LENGTH,
  MAX_SIGNAL_PARTY_LENGTH,
  SIGNAL_CATEGORIES,
  type SignalCategory,
} from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A barrier a client met (signaal), recorded on their case; counted in reach reports. */
@Entity('case_signals')
@Index(['organisationId', 'caseId', 'occurredOn'])
@Index(['organisationId', 'occurredOn'])
@Check('case_signals_description_length', `char_length(description) BETWEEN 1 AND ${MAX_SIGNAL_DESCRIPTION_LENGTH}`)
@Check(
  'case_signals_involved_party_length',
  `involved_party IS NULL OR char_length(involved_party) BETWEEN 1 AND ${MAX_SIGNAL_PARTY_LENGTH}`,
)
@Check('case_signals_version_positive', `version >= 1`)
export class CaseSignalEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'enum', enum: SIGNAL_CATEGORIES, enumName: 'signal_category' })
  category!: SignalCategory;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date' })
  occurredOn!: string;

  /** The provider, office or organisation involved, as the supporter names it. */
  @Column({ type: 'text', nullable: true })
  involvedParty!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;
}
