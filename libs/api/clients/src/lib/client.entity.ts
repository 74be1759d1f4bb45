import { OrganisationEntity, TeamEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { ACCESSIBILITY_NEEDS, type AccessibilityNeed, type LegalRepresentative } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The full name as it is searched: `naast_fold` (migration AccentInsensitiveNames) is lower case without
 * accents, so "ozdemir" finds "Özdemir"; it is immutable, as a generated column needs.
 */
export const CLIENT_SEARCH_NAME_SQL = `naast_fold(given_name || ' ' || coalesce(family_name_prefix || ' ', '') || family_name)`;
/** Family name first, as Dutch lists sort people (the prefix "de", "van" does not count). */
export const CLIENT_SORT_NAME_SQL = `naast_fold(family_name || ' ' || given_name)`;

/** Trigram index for name search; created by hand in the migration (operator class), never dropped by sync. */
export const CLIENT_SEARCH_NAME_INDEX = 'clients_search_name_trgm';

/**
 * A resident who receives client support. No BSN: independent client support does not need it.
 * Address, municipality and consent are flat columns so reach reports can group on them.
 */
@Entity('clients')
@Index(['organisationId', 'teamId'])
@Index(['organisationId', 'createdById'])
@Index(['organisationId', 'sortName', 'id'])
@Check('clients_given_name_length', `char_length(given_name) BETWEEN 1 AND 100`)
@Check('clients_family_name_length', `char_length(family_name) BETWEEN 1 AND 100`)
@Check('clients_municipality_code_format', `municipality_code ~ '^GM[0-9]{4}$'`)
@Check('clients_postcode_format', `address_postcode IS NULL OR address_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'`)
@Check(
  'clients_address_complete',
  `(address_street IS NULL) = (address_postcode IS NULL) AND (address_street IS NULL) = (address_city IS NULL) AND (address_street IS NULL) = (address_house_number IS NULL)`,
)
@Check(
  'clients_consent_complete',
  `(consent_given_on IS NULL) = (consent_scope IS NULL) AND (consent_given_on IS NULL) = (consent_recorded_by_id IS NULL)`,
)
@Check('clients_version_positive', `version >= 1`)
export class ClientEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  /** The team responsible for the client; decides who may see the file. */
  @Column({ type: 'uuid' })
  teamId!: string;

  @Column({ type: 'text' })
  givenName!: string;

  /** Tussenvoegsel: "de", "van der". */
  @Column({ type: 'text', nullable: true })
  familyNamePrefix!: string | null;

  @Column({ type: 'text' })
  familyName!: string;

  @Index(CLIENT_SEARCH_NAME_INDEX, { synchronize: false })
  @Column({ type: 'text', generatedType: 'STORED', asExpression: CLIENT_SEARCH_NAME_SQL, insert: false, update: false })
  searchName!: string;

  @Column({ type: 'text', generatedType: 'STORED', asExpression: CLIENT_SORT_NAME_SQL, insert: false, update: false })
  sortName!: string;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  addressStreet!: string | null;

  @Column({ type: 'text', nullable: true })
  addressHouseNumber!: string | null;

  /** Normalised to "1234 AB". */
  @Column({ type: 'text', nullable: true })
  addressPostcode!: string | null;

  @Column({ type: 'text', nullable: true })
  addressCity!: string | null;

  /** CBS code of the municipality of residence, GM + four digits. */
  @Column({ type: 'text' })
  municipalityCode!: string;

  @Column({ type: 'text' })
  municipalityName!: string;

  @Column({ type: 'text' })
  preferredLanguage!: string;

  @Column({ type: 'boolean', default: false })
  interpreterNeeded!: boolean;

  @Column({ type: 'enum', enum: ACCESSIBILITY_NEEDS, enumName: 'accessibility_need', array: true, default: '{}' })
  accessibilityNeeds!: AccessibilityNeed[];

  /** Always read and written with the client and never queried on its own: a validated JSON list. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  representatives!: LegalRepresentative[];

  @Column({ type: 'date', nullable: true })
  consentGivenOn!: string | null;

  @Column({ type: 'text', nullable: true })
  consentScope!: string | null;

  @Column({ type: 'uuid', nullable: true })
  consentRecordedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentRecordedAt!: Date | null;

  /** Set when the client's personal data were removed (libs/api/retention); the row stays for the figures. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  /** Who registered the client; a supporter may keep editing the clients they registered. */
  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_recorded_by_id' })
  consentRecordedBy?: UserEntity;
}
