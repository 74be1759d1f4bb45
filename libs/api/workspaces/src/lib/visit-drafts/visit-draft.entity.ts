import { OrganisationEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { CaseEntity } from '@naast/api-cases';
import type { VisitDraftFields } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A visit being written: any subset of its fields, seen only by its author, until it is submitted. */
@Entity('visit_drafts')
@Index(['organisationId', 'authorId', 'updatedAt'])
@Index(['caseId'])
@Check('visit_drafts_version_positive', `version >= 1`)
export class VisitDraftEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  fields!: VisitDraftFields;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
