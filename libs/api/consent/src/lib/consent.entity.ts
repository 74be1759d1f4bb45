import { OrganisationEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { ClientEntity } from '@naast/api-clients';
import {
  CONSENT_GIVERS,
  CONSENT_SCOPES,
  DATA_CATEGORIES,
  MAX_CONSENT_PURPOSE_LENGTH,
  MAX_CONSENT_TEXT_LENGTH,
  MAX_WITHDRAWAL_NOTE_LENGTH,
  REPRESENTATIVE_CAPACITIES,
  type ConsentGiver,
  type ConsentScope,
  type DataCategory,
  type RepresentativeCapacity,
} from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

const categoryList = DATA_CATEGORIES.map((c) => `'${c}'`).join(', ');

/**
 * A client's consent (toestemming) to processing or to disclosure to one recipient. Withdrawal is
 * a change with its own date; a consent is never deleted. Personal/free-text columns:
 * recipient, purpose, representative_name, withdrawal_note.
 */
@Entity('consents')
@Index(['organisationId', 'clientId', 'givenOn'])
@Check('consents_version_positive', `version >= 1`)
@Check('consents_recipient_for_disclosure', `scope <> 'disclosure' OR recipient IS NOT NULL`)
@Check(
  'consents_recipient_length',
  `recipient IS NULL OR char_length(recipient) BETWEEN 1 AND ${MAX_CONSENT_TEXT_LENGTH}`,
)
@Check('consents_purpose_length', `char_length(purpose) BETWEEN 1 AND ${MAX_CONSENT_PURPOSE_LENGTH}`)
@Check(
  'consents_data_categories_known',
  `cardinality(data_categories) >= 1 AND data_categories <@ ARRAY[${categoryList}]::text[]`,
)
@Check(
  'consents_representative',
  `(given_by = 'client' AND representative_name IS NULL AND representative_capacity IS NULL)
    OR (given_by = 'legal_representative' AND representative_name IS NOT NULL AND representative_capacity IS NOT NULL)`,
)
@Check(
  'consents_representative_name_length',
  `representative_name IS NULL OR char_length(representative_name) BETWEEN 1 AND ${MAX_CONSENT_TEXT_LENGTH}`,
)
@Check('consents_valid_until_after_given', `valid_until IS NULL OR valid_until >= given_on`)
@Check('consents_withdrawn_after_given', `withdrawn_on IS NULL OR withdrawn_on >= given_on`)
@Check(
  'consents_withdrawal_complete',
  `(withdrawn_on IS NULL AND withdrawal_note IS NULL AND withdrawn_by_id IS NULL) OR (withdrawn_on IS NOT NULL AND withdrawn_by_id IS NOT NULL)`,
)
@Check(
  'consents_withdrawal_note_length',
  `withdrawal_note IS NULL OR char_length(withdrawal_note) BETWEEN 1 AND ${MAX_WITHDRAWAL_NOTE_LENGTH}`,
)
export class ConsentEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'enum', enum: CONSENT_SCOPES, enumName: 'consent_scope' })
  scope!: ConsentScope;

  /** Personal data: the person or organisation the data may go to (disclosure consents). */
  @Column({ type: 'text', nullable: true })
  recipient!: string | null;

  /** Free text. */
  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', array: true })
  dataCategories!: DataCategory[];

  @Column({ type: 'date' })
  givenOn!: string;

  @Column({ type: 'enum', enum: CONSENT_GIVERS, enumName: 'consent_given_by' })
  givenBy!: ConsentGiver;

  /** Personal data: the legal representative's name. */
  @Column({ type: 'text', nullable: true })
  representativeName!: string | null;

  @Column({
    type: 'enum',
    enum: REPRESENTATIVE_CAPACITIES,
    enumName: 'consent_representative_capacity',
    nullable: true,
  })
  representativeCapacity!: RepresentativeCapacity | null;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ type: 'date', nullable: true })
  withdrawnOn!: string | null;

  /** Free text. */
  @Column({ type: 'text', nullable: true })
  withdrawalNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'withdrawn_by_id' })
  withdrawnBy?: UserEntity;
}
