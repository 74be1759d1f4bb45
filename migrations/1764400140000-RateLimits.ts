import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters for the rate limits on search and export, shared by every API process. */
export class RateLimits1764400140000 implements MigrationInterface {
  name = 'RateLimits1764400140000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rate_limit_counters" (
        "key" text NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "hits" integer NOT NULL,
        CONSTRAINT "PK_rate_limit_counters" PRIMARY KEY ("key", "window_start")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_rate_limit_counters_expires_at" ON "rate_limit_counters" ("expires_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}
