import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access-log viewer pages newest first by (occurred_at, id): each filter (organisation, client,
 * user) gets an index that ends in both, so a page is one index range scan without a sort.
 */
export class AccessLogViewer1764400130000 implements MigrationInterface {
  name = 'AccessLogViewer1764400130000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_d9674efb9db2b9c26fb32e3839"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a001f4fb5e5b6cca27107ea06d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6b6f03f6b6957b21617f5db734"`);
    await queryRunner.query(
      `CREATE INDEX "access_log_org_time_id" ON "access_log" ("organisation_id", "occurred_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "access_log_org_client_time_id" ON "access_log" ("organisation_id", "client_id", "occurred_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "access_log_org_user_time_id" ON "access_log" ("organisation_id", "user_id", "occurred_at", "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."access_log_org_user_time_id"`);
    await queryRunner.query(`DROP INDEX "public"."access_log_org_client_time_id"`);
    await queryRunner.query(`DROP INDEX "public"."access_log_org_time_id"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_6b6f03f6b6957b21617f5db734" ON "access_log" ("organisation_id", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a001f4fb5e5b6cca27107ea06d" ON "access_log" ("organisation_id", "client_id", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d9674efb9db2b9c26fb32e3839" ON "access_log" ("organisation_id", "user_id", "occurred_at")`,
    );
  }
}
