import { OrganisationEntity, UserEntity } from '@naast/api-core';
import { CaseEntity } from '@naast/api-cases';
import { ClientEntity } from '@naast/api-clients';
import {
  DATA_CATEGORIES,
  DISCLOSURE_EXCEPTIONS,
  MAX_CONSENT_PURPOSE_LENGTH,
  MAX_CONSENT_TEXT_LENGTH,
  MAX_EXCEPTION_REASON_LENGTH,
  MIN_EXCEPTION_REASON_LENGTH,
  type DataCategory,
  type DisclosureException,
} from '@naast/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentEntity } from './consent.entity';

const categoryList = DATA_CATEGORIES.map((c) => `'${c}'`).join(', ');

/**
 * A disclosure (verstrekking) of a client's data to a party: it rests on a consent or on a
 * documented exception. Recorded once, never changed or deleted. Personal/free-text columns:
 * recipient, purpose, exception_reason.
 */
@Entity('disclosures')
@Index(['organisationId', 'clientId', 'disclosedOn'])
@Index(['organisationId', 'caseId', 'disclosedOn'])
@Index(['consentId'])
@Check('disclosures_recipient_length', `char_length(recipient) BETWEEN 1 AND ${MAX_CONSENT_TEXT_LENGTH}`)
@Check('disclosures_purpose_length', `char_length(purpose) BETWEEN 1 AND ${MAX_CONSENT_PURPOSE_LENGTH}`)
@Check(
  'disclosures_data_categories_known',
  `cardinality(data_categories) >= 1 AND data_categories <@ ARRAY[${categoryList}]::text[]`,
)
@Check(
  'disclosures_ground',
  `(consent_id IS NOT NULL AND exception_kind IS NULL AND exception_reason IS NULL)
    OR (consent_id IS NULL AND exception_kind IS NOT NULL
        AND char_length(exception_reason) BETWEEN ${MIN_EXCEPTION_REASON_LENGTH} AND ${MAX_EXCEPTION_REASON_LENGTH})`,
)
export class DisclosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** Personal data: the person or organisation the data went to. */
  @Column({ type: 'text' })
  recipient!: string;

  /** Free text. */
  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', array: true })
  dataCategories!: DataCategory[];

  @Column({ type: 'date' })
  disclosedOn!: string;

  @Column({ type: 'uuid', nullable: true })
  consentId!: string | null;

  @Column({ type: 'enum', enum: DISCLOSURE_EXCEPTIONS, enumName: 'disclosure_exception', nullable: true })
  exceptionKind!: DisclosureException | null;

  /** Free text: why the exception applied. */
  @Column({ type: 'text', nullable: true })
  exceptionReason!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => ConsentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_id' })
  consent?: ConsentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;
}
