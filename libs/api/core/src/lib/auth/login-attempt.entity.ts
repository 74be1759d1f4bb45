import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Sign-in attempts, to throttle guessing per account and per IP across all API processes. */
@Entity('login_attempts')
@Index(['email', 'attemptedAt'])
@Index(['ip', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** Lower-cased as typed; the account may not exist. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
