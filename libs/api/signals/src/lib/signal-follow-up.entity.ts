import { OrganisationEntity, UserEntity } from '@naast/api-core';
import {
  MAX_FOLLOW_UP_NOTE_LENGTH,
  MAX_SIGNAL_PARTY_LENGTH,
  SIGNAL_FOLLOW_UP_KINDS,
  type SignalFollowUpKind,
} from '@naast/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseSignalEntity } from './case-signal.entity';

/** What was done with a signal: forwarded, discussed, or deliberately left. Added, never changed. */
@Entity('signal_follow_ups')
@Index(['signalId', 'doneOn'])
@Check(
  'signal_follow_ups_recipient_length',
  `recipient IS NULL OR char_length(recipient) BETWEEN 1 AND ${MAX_SIGNAL_PARTY_LENGTH}`,
)
@Check('signal_follow_ups_note_length', `note IS NULL OR char_length(note) BETWEEN 1 AND ${MAX_FOLLOW_UP_NOTE_LENGTH}`)
export class SignalFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  signalId!: string;

  @Column({ type: 'enum', enum: SIGNAL_FOLLOW_UP_KINDS, enumName: 'signal_follow_up_kind' })
  kind!: SignalFollowUpKind;

  @Column({ type: 'text', nullable: true })
  recipient!: string | null;

  @Column({ type: 'date' })
  doneOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => CaseSignalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'signal_id' })
  signal?: CaseSignalEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;
}
