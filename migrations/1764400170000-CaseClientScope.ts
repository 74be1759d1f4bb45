import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cases of a client with the columns that decide who may read them, so "may this user see this
 * client through one of its cases" (client search, client pages) is answered from the index alone.
 */
export class CaseClientScope1764400170000 implements MigrationInterface {
  name = 'CaseClientScope1764400170000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_0cab11ead7d0667c93569c60aa"`);
    await queryRunner.query(`
      CREATE INDEX "cases_client_scope" ON "cases" ("organisation_id", "client_id")
        INCLUDE ("team_id", "lead_supporter_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."cases_client_scope"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_0cab11ead7d0667c93569c60aa" ON "cases" ("organisation_id", "client_id")`,
    );
  }
}
