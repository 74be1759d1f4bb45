import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that let the case list and the caseload figures read a team's rows from the index alone,
 * and statistics that tell the planner a team implies its organisation.
 *
 * - The case list sorted by registration or change date reads its page in index order, filtering on
 *   team, lead and status inside the index, instead of sorting every case in scope.
 * - The caseload review and the start page aggregate a team's cases and a month's visits without
 *   visiting the table rows.
 * - Without the extended statistics the planner multiplies the selectivities of organisation, team
 *   and status (which are not independent) and underestimated a team's open cases twentyfold, which
 *   led it to join every case in scope before choosing a page.
 */
export class CaseloadIndexes1764400150000 implements MigrationInterface {
  name = 'CaseloadIndexes1764400150000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_ef7802fdf68f5735d54780ace2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10ecd4e9fd902a767e5191b6ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b9f862b70af965dfba3163d7cf"`);
    await queryRunner.query(`
      CREATE INDEX "cases_registered_scope" ON "cases" ("organisation_id", "registered_on", "id")
        INCLUDE ("team_id", "lead_supporter_id", "status")`);
    await queryRunner.query(`
      CREATE INDEX "cases_updated_scope" ON "cases" ("organisation_id", "updated_at", "id")
        INCLUDE ("team_id", "lead_supporter_id", "status")`);
    await queryRunner.query(`
      CREATE INDEX "cases_team_facts" ON "cases" ("organisation_id", "team_id")
        INCLUDE ("id", "lead_supporter_id", "status", "registered_on", "closed_on", "first_contact_on",
                 "last_visit_on", "domain_count", "referral_source")`);
    await queryRunner.query(`
      CREATE INDEX "visits_month" ON "visits" ("organisation_id", "occurred_at")
        INCLUDE ("case_id", "author_id", "minutes")`);
    await queryRunner.query(`
      CREATE INDEX "plans_overdue" ON "plans" ("organisation_id", "overdue_from") INCLUDE ("case_id")
        WHERE "overdue_from" IS NOT NULL`);
    await queryRunner.query(`
      CREATE STATISTICS "cases_scope_stats" (dependencies, mcv) ON "organisation_id", "team_id", "status" FROM "cases"`);
    // Room in the most-common-values list for every (team, status) pair of a large host.
    await queryRunner.query(`ALTER STATISTICS "cases_scope_stats" SET STATISTICS 1000`);
    await queryRunner.query(`ANALYZE "cases"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP STATISTICS "cases_scope_stats"`);
    await queryRunner.query(`DROP INDEX "public"."plans_overdue"`);
    await queryRunner.query(`DROP INDEX "public"."visits_month"`);
    await queryRunner.query(`DROP INDEX "public"."cases_team_facts"`);
    await queryRunner.query(`DROP INDEX "public"."cases_updated_scope"`);
    await queryRunner.query(`DROP INDEX "public"."cases_registered_scope"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_b9f862b70af965dfba3163d7cf" ON "visits" ("organisation_id", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_10ecd4e9fd902a767e5191b6ad" ON "cases" ("organisation_id", "updated_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ef7802fdf68f5735d54780ace2" ON "cases" ("organisation_id", "registered_on", "id")`,
    );
  }
}
