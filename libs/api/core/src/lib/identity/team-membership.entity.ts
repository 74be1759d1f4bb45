import { OrganisationEntity } from './organisation.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A user's membership of a team; a user can belong to several teams of their organisation. */
@Entity('team_memberships')
@Index(['organisationId', 'userId'])
export class TeamMembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  teamId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
