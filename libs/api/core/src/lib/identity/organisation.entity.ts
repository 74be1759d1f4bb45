import { MAX_NO_CONTACT_DAYS, MIN_NO_CONTACT_DAYS } from '@naast/contracts';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A client-support organisation: the tenant. Nothing is ever shared between two. */
@Entity('organisations')
@Check(
  'organisations_no_contact_days_range',
  `no_contact_days BETWEEN ${MIN_NO_CONTACT_DAYS} AND ${MAX_NO_CONTACT_DAYS}`,
)
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
