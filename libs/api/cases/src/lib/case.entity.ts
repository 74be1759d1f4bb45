import { OrganisationEntity, TeamEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { ClientEntity } from '@naast/api-clients';
import {
  CASE_STATUSES,
  COMMISSIONING_PARTY_KINDS,
  LEGAL_FRAMEWORKS,
  REFERRAL_SOURCES,
  type CaseStatus,
  type CommissioningPartyKind,
  type DomainCode,
  type LegalFramework,
  type ReferralSource,
} from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Trigram index on the lower-cased question for list search; created by hand in the migration. */
export const CASE_QUESTION_INDEX = 'cases_question_trgm';
export const QUESTION_MAX_LENGTH = 5000;
export const CLOSING_REASON_MAX_LENGTH = 2000;

/** A client's support question (ondersteuningsvraag) and its course from registration to closing. */
@Entity('cases')
@Index(['organisationId', 'teamId', 'status'])
@Index(['organisationId', 'leadSupporterId', 'status'])
// A client's cases with who may read them (INCLUDE team and lead; created in the migration).
@Index('cases_client_scope', { synchronize: false })
// The case list's sort orders (organisation, date, id), covering its scope filters so a page is read
// in index order; created in the migration with INCLUDE columns.
@Index('cases_registered_scope', { synchronize: false })
@Index('cases_updated_scope', { synchronize: false })
// A team's caseload figures from the index alone (INCLUDE columns, created in the migration).
@Index('cases_team_facts', { synchronize: false })
// The waiting list, first-contact and closed-this-month figures of a team.
@Index(['organisationId', 'teamId', 'firstContactOn'])
@Index(['organisationId', 'teamId', 'closedOn'])
@Check('cases_question_length', `char_length(question) BETWEEN 1 AND ${QUESTION_MAX_LENGTH}`)
@Check('cases_commissioning_party_name_length', `char_length(commissioning_party_name) BETWEEN 1 AND 200`)
@Check(
  'cases_closed_consistent',
  `(status = 'afgesloten') = (closed_on IS NOT NULL) AND (status = 'afgesloten') = (closing_reason IS NOT NULL)`,
)
@Check('cases_first_contact_after_registration', `first_contact_on IS NULL OR first_contact_on >= registered_on`)
@Check('cases_closed_after_registration', `closed_on IS NULL OR closed_on >= registered_on`)
@Check('cases_version_positive', `version >= 1`)
export class CaseEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  /** The team that carries the case: its supporters read it, its team leads manage it. */
  @Column({ type: 'uuid' })
  teamId!: string;

  /** Casushouder: a supporter or team lead, member of the case's team. */
  @Column({ type: 'uuid' })
  leadSupporterId!: string;

  /** The client's question in their own words. */
  @Index(CASE_QUESTION_INDEX, { synchronize: false })
  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', default: 'aangemeld' })
  status!: CaseStatus;

  @Column({ type: 'enum', enum: LEGAL_FRAMEWORKS, enumName: 'legal_framework', array: true, default: '{}' })
  legalFrameworks!: LegalFramework[];

  @Column({ type: 'enum', enum: COMMISSIONING_PARTY_KINDS, enumName: 'commissioning_party_kind' })
  commissioningPartyKind!: CommissioningPartyKind;

  @Column({ type: 'text' })
  commissioningPartyName!: string;

  /** How the client found the service (verwijzer), for reach reports. */
  @Column({ type: 'enum', enum: REFERRAL_SOURCES, enumName: 'referral_source' })
  referralSource!: ReferralSource;

  @Column({ type: 'date' })
  registeredOn!: string;

  /** With `registeredOn`, gives the waiting time. */
  @Column({ type: 'date', nullable: true })
  firstContactOn!: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  closingReason!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  /**
   * Maintained by the database from `visits` (migration CaseloadFacts): the Dutch calendar day of
   * the latest visit, so caseload figures need no lookup per case. Not an edit of the case.
   */
  @Column({ type: 'date', nullable: true, update: false, insert: false })
  lastVisitOn!: string | null;

  /** Maintained by the database from `case_domains`: how many domains the case spans (caseload weight). */
  @Column({ type: 'smallint', default: 0, update: false, insert: false })
  domainCount!: number;

  /**
   * Maintained by the database from `case_domains`: the case's domain codes in the domains' order, so
   * a team's domain mix is counted from the cases alone.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'", update: false, insert: false })
  domainCodes!: DomainCode[];

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_supporter_id' })
  leadSupporter?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;
}
