import { OrganisationEntity, UserEntity } from '@naast/api-core';
import type { RoleCardSections } from '@naast/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The organisation's standard text for the role card; without a row the default text applies. */
@Entity('role_card_texts')
export class RoleCardTextEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'jsonb' })
  sections!: RoleCardSections;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'uuid' })
  updatedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
