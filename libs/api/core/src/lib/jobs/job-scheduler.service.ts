import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { ScheduledJobDiscoverable, type ScheduledJobHandler, type ScheduledJobOptions } from './scheduled-job';

interface RegisteredJob {
  options: ScheduledJobOptions;
  handler: ScheduledJobHandler;
}

/** Advisory-lock namespace of scheduled jobs (first key of the two-key form). */
const JOB_LOCK_CLASS = 0x4e4a; // "NJ"

export type JobOutcome = 'ran' | 'done-already' | 'busy-elsewhere';

/**
 * Runs each scheduled job once per period across all API processes. Every process checks every
 * JOBS_CHECK_SECONDS; a run takes a transaction-scoped advisory lock for the job (others skip at
 * once, never wait), checks job_runs for the period, runs the job in that transaction and inserts
 * the period's row. A crash rolls the whole run back, so the next check runs the period again.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly instance = `${hostname()}:${process.pid}`;
  private jobs: RegisteredJob[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs = this.discovery
      .getProviders({ metadataKey: ScheduledJobDiscoverable.KEY })
      .filter((wrapper) => wrapper.instance)
      .map((wrapper) => ({
        options: this.discovery.getMetadataByDecorator(ScheduledJobDiscoverable, wrapper) as ScheduledJobOptions,
        handler: wrapper.instance as ScheduledJobHandler,
      }));
    if (!this.config.jobs.enabled || this.jobs.length === 0) return;
    this.logger.log(
      `Scheduled jobs: ${this.jobs.map((j) => `${j.options.name} (every ${j.options.everyMinutes} min)`).join(', ')}; checked every ${this.config.jobs.checkSeconds} s`,
    );
    this.schedule();
  }

  /** Lets a running job finish (its transaction commits) before the pool closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.running = this.runDueJobs().finally(() => {
          this.running = undefined;
          this.schedule();
        });
        // Jitter: processes started together do not check in lockstep, and either may win a period.
      },
      this.config.jobs.checkSeconds * 1000 * (0.75 + Math.random() * 0.5),
    );
    this.timer.unref();
  }

  private async runDueJobs(): Promise<void> {
    for (const job of this.jobs) {
      if (this.stopped) return;
      try {
        const outcome = await this.runIfDue(job.options.name);
        if (outcome !== 'ran') {
          this.logger.debug(
            `${job.options.name}: ${outcome === 'done-already' ? 'already done for this period' : 'running elsewhere'}`,
          );
        }
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          this.logger.warn(`${job.options.name}: database unavailable, retried at the next check`);
        } else {
          this.logger.error(`${job.options.name} failed; retried at the next check`, (error as Error).stack);
        }
      }
    }
  }

  /** Runs the job for the current period unless it ran already or runs elsewhere right now. */
  async runIfDue(name: string): Promise<JobOutcome> {
    const job = this.jobs.find((j) => j.options.name === name);
    if (!job) throw new Error(`No scheduled job named ${name}`);
    const { everyMinutes, offsetMinutes = 0 } = job.options;
    return this.dataSource.transaction(async (manager) => {
      // The database clock decides the period, so processes with drifting clocks agree.
      const [state] = (await manager.query(
        `SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked,
                to_timestamp(floor((extract(epoch FROM now()) - $4 * 60) / ($3 * 60)) * $3 * 60 + $4 * 60) AS period_start,
                now() AS started_at`,
        [JOB_LOCK_CLASS, name, everyMinutes, offsetMinutes],
      )) as { locked: boolean; period_start: Date; started_at: Date }[];
      if (!state?.locked) return 'busy-elsewhere';
      const done = (await manager.query('SELECT 1 FROM job_runs WHERE job = $1 AND period_start = $2', [
        name,
        state.period_start,
      ])) as unknown[];
      if (done.length > 0) return 'done-already';
      const result = await job.handler.run({ manager, periodStart: state.period_start, logger: this.logger });
      await manager.query(
        'INSERT INTO job_runs (job, period_start, started_at, finished_at, ran_by, result) VALUES ($1, $2, $3, clock_timestamp(), $4, $5)',
        [name, state.period_start, state.started_at, this.instance, result ? JSON.stringify(result) : null],
      );
      this.logger.log(
        `${name} ran for the period from ${state.period_start.toISOString()}: ${JSON.stringify(result ?? {})}`,
      );
      return 'ran';
    });
  }
}
