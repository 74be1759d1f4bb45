import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per scheduled job and period that ran to completion. The primary key is the guarantee
 * that a period runs once, however many API processes are up.
 */
@Entity('job_runs')
export class JobRunEntity {
  @PrimaryColumn({ type: 'text' })
  job!: string;

  /** Start of the period this run covers (the period length is the job's interval). */
  @PrimaryColumn({ type: 'timestamptz' })
  periodStart!: Date;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  finishedAt!: Date;

  /** host:pid of the process that ran it. */
  @Column({ type: 'text' })
  ranBy!: string;

  /** What the job reports, e.g. how many rows it removed. Never personal data. */
  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;
}
