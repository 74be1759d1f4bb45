import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in with TOTP: the encrypted secret and the last accepted step on the user,
 * single-use recovery codes (hashed), code attempts for throttling, and the organisation's policy
 * of who needs a second factor (admins and team leads always do).
 */

export class TwoFactor1764400090000 implements MigrationInterface {
  name = 'TwoFactor1764400090000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "user_recovery_codes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "code_hash" text NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_411939add58ed0eceffd39973cf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f659216e26d0ef1238379cbf40" ON "user_recovery_codes" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "second_factor_attempts" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "user_id" uuid NOT NULL,
                "succeeded" boolean NOT NULL,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_77678a83fbd5ebecbf3ec6127b7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_96ed6692508714ab237a206a53" ON "second_factor_attempts" ("user_id", "attempted_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."second_factor_policy" AS ENUM('every_role', 'admins_and_team_leads')
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "second_factor_policy" "public"."second_factor_policy" NOT NULL DEFAULT 'every_role'
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "totp_secret" text
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "totp_enrolled_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "totp_last_step" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "user_recovery_codes"
            ADD CONSTRAINT "FK_f659216e26d0ef1238379cbf40c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "second_factor_attempts"
            ADD CONSTRAINT "FK_b55d4717e007f8cdd995998b22a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "second_factor_attempts" DROP CONSTRAINT "FK_b55d4717e007f8cdd995998b22a"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_recovery_codes" DROP CONSTRAINT "FK_f659216e26d0ef1238379cbf40c"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "totp_last_step"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "totp_enrolled_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "totp_secret"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "second_factor_policy"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."second_factor_policy"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_96ed6692508714ab237a206a53"
        `);
    await queryRunner.query(`
            DROP TABLE "second_factor_attempts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f659216e26d0ef1238379cbf40"
        `);
    await queryRunner.query(`
            DROP TABLE "user_recovery_codes"
        `);
  }
}
