import type { MigrationInterface, QueryRunner } from 'typeorm';

/** job_runs: one row per scheduled job and period, the guarantee that a period runs once. */
export class ScheduledJobs1764400005000 implements MigrationInterface {
  name = 'ScheduledJobs1764400005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "job_runs" (
                "job" text NOT NULL,
                "period_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "ran_by" text NOT NULL,
                "result" jsonb,
                CONSTRAINT "PK_531307d8cb020103646f01eb3ab" PRIMARY KEY ("job", "period_start")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_runs"`);
  }
}
