import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users and teams become editable records in the admin screens: each carries a `version` that the
 * UPDATE checks (optimistic locking), as every other editable record does.
 */
export class AccountSecurity1764400100000 implements MigrationInterface {
  name = 'AccountSecurity1764400100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "teams" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "teams" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "version"`);
  }
}
