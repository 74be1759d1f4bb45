import { applyDecorators, Injectable, type Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

export interface ScheduledJobOptions {
  /** Stable name: it is the key of the job's runs in job_runs. */
  name: string;
  /** Length of a period in minutes; the job runs once per period, e.g. 60 for hourly, 1440 for nightly. */
  everyMinutes: number;
  /** Offset of the period boundary in minutes, e.g. 120 with 1440 for "every night from 02:00 UTC". */
  offsetMinutes?: number;
}

export interface JobContext {
  /** The run's transaction: the job's changes commit together with its job_runs row, or not at all. */
  manager: EntityManager;
  periodStart: Date;
  logger: Logger;
}

/** A scheduled job: returns figures for job_runs.result (counts, never personal data). */
export interface ScheduledJobHandler {
  run(context: JobContext): Promise<Record<string, unknown> | void>;
}

const Discoverable = DiscoveryService.createDecorator<ScheduledJobOptions>();
export const SCHEDULED_JOB = Discoverable.KEY;

/**
 * Registers a provider as a scheduled job. Adding a job is this decorator on a class that
 * implements ScheduledJobHandler, listed in its module's providers; JobScheduler finds it.
 */
export function ScheduledJob(options: ScheduledJobOptions): ClassDecorator {
  if (!(options.everyMinutes > 0)) throw new Error(`Scheduled job ${options.name}: everyMinutes must be positive`);
  return applyDecorators(Injectable(), Discoverable(options));
}

export { Discoverable as ScheduledJobDiscoverable };
