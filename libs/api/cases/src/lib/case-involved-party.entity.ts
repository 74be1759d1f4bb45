import { OrganisationEntity } from '@naast/api-core';
import { INVOLVED_PARTY_KINDS, type InvolvedPartyKind } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/**
 * A party involved in a case (provider, gemeente, housing corporation...). Rows rather than JSON:
 * reach reports count them by kind across cases, and the independence check will match them
 * against supporters' affiliations.
 */
@Entity('case_involved_parties')
@Index(['caseId', 'position'], { unique: true })
@Index(['organisationId', 'kind'])
@Check('case_involved_parties_name_length', `char_length(name) BETWEEN 1 AND 200`)
export class CaseInvolvedPartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** Keeps the order the supporter entered. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'enum', enum: INVOLVED_PARTY_KINDS, enumName: 'involved_party_kind' })
  kind!: InvolvedPartyKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
