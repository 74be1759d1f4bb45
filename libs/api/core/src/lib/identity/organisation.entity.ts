import {
  MAX_NO_CONTACT_DAYS,
  MIN_NO_CONTACT_DAYS,
  SECOND_FACTOR_POLICIES,
  type SecondFactorPolicy,
} from '@naast/contracts';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A client-support organisation: the tenant. Nothing is ever shared between two. */
@Entity('organisations')
@Check(
  'organisations_no_contact_days_range',
  `no_contact_days BETWEEN ${MIN_NO_CONTACT_DAYS} AND ${MAX_NO_CONTACT_DAYS}`,
)
@Check('organisations_retention_months_range', `retention_months BETWEEN 1 AND 240`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Days without contact before a case is flagged. */
  @Column({ type: 'int', default: 30 })
  noContactDays!: number;

  /** How clients reach the organisation; printed on documents for clients. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** Months after a client's last case closed before the client is anonymised (migration Retention). */
  @Column({ type: 'int', default: 24 })
  retentionMonths!: number;

  /** Who needs a second factor besides admins and team leads, who always do. */
  @Column({ type: 'enum', enum: SECOND_FACTOR_POLICIES, enumName: 'second_factor_policy', default: 'every_role' })
  secondFactorPolicy!: SecondFactorPolicy;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
