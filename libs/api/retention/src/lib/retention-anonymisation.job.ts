import { ScheduledJob, type JobContext, type ScheduledJobHandler } from '@naast/api-core';
import { ClientAnonymisationService } from './client-anonymisation.service';
import { retentionActor } from './retention-account';
import { findRetentionCandidates } from './retention-candidates';

export const RETENTION_JOB_NAME = 'retention-anonymisation';
/** Clients per night: one transaction stays short; a backlog is worked off over the next nights. */
export const RETENTION_BATCH_SIZE = 500;

/**
 * Every night from 02:30 UTC, anonymises the clients whose retention period has passed. JobScheduler
 * runs it under a PostgreSQL advisory lock, so with several API processes exactly one does the work.
 */
@ScheduledJob({ name: RETENTION_JOB_NAME, everyMinutes: 1440, offsetMinutes: 150 })
export class RetentionAnonymisationJob implements ScheduledJobHandler {
  constructor(private readonly anonymisation: ClientAnonymisationService) {}

  async run({ manager, periodStart }: JobContext): Promise<Record<string, number>> {
    const candidates = await findRetentionCandidates((sql, params) => manager.query(sql, params), {
      limit: RETENTION_BATCH_SIZE,
    });
    let anonymised = 0;
    const runId = `job:${RETENTION_JOB_NAME}:${periodStart.toISOString()}`;
    for (const candidate of candidates) {
      // Checked again under the row lock: a case may have been reopened, or a team lead was quicker.
      const facts = await this.anonymisation.lockFacts(manager, candidate.organisationId, candidate.clientId);
      if (!facts || facts.anonymisedAt || facts.openCases > 0) continue;
      const actor = await retentionActor(manager, candidate.organisationId, runId);
      await this.anonymisation.anonymise(manager, actor, {
        clientId: candidate.clientId,
        trigger: 'retention',
        requestedById: null,
        reason: null,
      });
      anonymised += 1;
    }
    return { candidates: candidates.length, anonymised };
  }
}
