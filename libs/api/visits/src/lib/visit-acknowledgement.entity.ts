import { OrganisationEntity, UserEntity } from '@naast/api-core';
import { ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VisitEntity } from './visit.entity';

/** The lead supporter or a team lead has read a volunteer's report; the key makes it happen once. */
@Entity('visit_acknowledgements')
@Index(['organisationId', 'acknowledgedById', 'acknowledgedAt'])
@Check(
  'visit_acknowledgements_comment_length',
  `comment IS NULL OR char_length(comment) BETWEEN 1 AND ${ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH}`,
)
export class VisitAcknowledgementEntity {
  @PrimaryColumn({ type: 'uuid' })
  visitId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  acknowledgedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  acknowledgedAt!: Date;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: VisitEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'acknowledged_by_id' })
  acknowledgedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
