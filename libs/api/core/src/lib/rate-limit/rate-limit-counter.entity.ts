import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Requests per user and kind in one fixed window; shared by every API process. */
@Entity('rate_limit_counters')
export class RateLimitCounterEntity {
  /** `<kind>:<user id>`. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_rate_limit_counters' })
  key!: string;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'PK_rate_limit_counters' })
  windowStart!: Date;

  @Index('IDX_rate_limit_counters_expires_at')
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'int' })
  hits!: number;
}
