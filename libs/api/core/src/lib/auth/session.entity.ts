import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Server-side sessions, shared by every API process. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'text' })
  sid!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
