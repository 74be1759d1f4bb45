import { OrganisationEntity, UserEntity } from '@naast/api-core';
import {
  AFFILIATION_KINDS,
  INVOLVED_PARTY_KINDS,
  type AffiliationKind,
  type InvolvedPartyKind,
} from '@naast/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One affiliation a supporter or volunteer declared: their employer, a side job, a seat in a wijkteam,
 * a tie to a provider or to the commissioning party. The case assignment check reads these rows.
 */
@Entity('user_affiliations')
@Index(['organisationId', 'userId'])
@Check('user_affiliations_party_name_length', `char_length(party_name) BETWEEN 1 AND 200`)
@Check('user_affiliations_description_length', `char_length(description) <= 500`)
@Check('user_affiliations_dates', `valid_until IS NULL OR valid_from IS NULL OR valid_from <= valid_until`)
export class UserAffiliationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'enum', enum: AFFILIATION_KINDS, enumName: 'affiliation_kind' })
  kind!: AffiliationKind;

  @Column({ type: 'enum', enum: INVOLVED_PARTY_KINDS, enumName: 'involved_party_kind' })
  partyKind!: InvolvedPartyKind;

  @Column({ type: 'text' })
  partyName!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
