import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Declared affiliations, independence overrides on cases, and the organisation's role-card text. */
export class Independence1764400030000 implements MigrationInterface {
  name = 'Independence1764400030000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "affiliation_declarations" (
                "user_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "updated_by_id" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ed978923ebc31ce4b46a3c694b6" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."affiliation_kind" AS ENUM(
                'employer',
                'side_job',
                'access_team',
                'provider_tie',
                'commissioner_tie',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "user_affiliations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "kind" "public"."affiliation_kind" NOT NULL,
                "party_kind" "public"."involved_party_kind" NOT NULL,
                "party_name" text NOT NULL,
                "description" text,
                "valid_from" date,
                "valid_until" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "user_affiliations_dates" CHECK (
                    valid_until IS NULL
                    OR valid_from IS NULL
                    OR valid_from <= valid_until
                ),
                CONSTRAINT "user_affiliations_description_length" CHECK (char_length(description) <= 500),
                CONSTRAINT "user_affiliations_party_name_length" CHECK (
                    char_length(party_name) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_bc0d5730f16fa4de3b9d03102a2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_72c9cf6e365e6dffec68cf69ae" ON "user_affiliations" ("organisation_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "role_card_texts" (
                "organisation_id" uuid NOT NULL,
                "sections" jsonb NOT NULL,
                "version" integer NOT NULL,
                "updated_by_id" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_faafe4acb55eddf13e901c4a39c" PRIMARY KEY ("organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_independence_overrides" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "affiliation_id" uuid,
                "affiliation_kind" "public"."affiliation_kind" NOT NULL,
                "affiliation_description" text,
                "party_kind" "public"."involved_party_kind" NOT NULL,
                "party_name" text NOT NULL,
                "party_key" text NOT NULL,
                "justification" text NOT NULL,
                "decided_by_id" uuid NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "case_independence_overrides_justification_length" CHECK (
                    char_length(justification) BETWEEN 1 AND 2000
                ),
                CONSTRAINT "PK_342d3d5a3086903330424ac3d3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a9e90a8b2cee4f1f148113b3b6" ON "case_independence_overrides" ("organisation_id", "case_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3ea6524207bbbeb76675a81d67" ON "case_independence_overrides" (
                "case_id",
                "user_id",
                "affiliation_id",
                "party_kind",
                "party_key"
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "affiliation_declarations"
            ADD CONSTRAINT "FK_ed978923ebc31ce4b46a3c694b6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "affiliation_declarations"
            ADD CONSTRAINT "FK_0828615e128952d4c657a11c0a8" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "affiliation_declarations"
            ADD CONSTRAINT "FK_445af8292e9dc5bdbf95fe482b7" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_affiliations"
            ADD CONSTRAINT "FK_9bf98089b99df481a4d1dc1a0a5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_affiliations"
            ADD CONSTRAINT "FK_a41fb444835318acc059728e9f1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_card_texts"
            ADD CONSTRAINT "FK_255427bf8ccd3f1686194d68b1d" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_card_texts"
            ADD CONSTRAINT "FK_faafe4acb55eddf13e901c4a39c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides"
            ADD CONSTRAINT "FK_fa417d725b50917723fb5119327" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides"
            ADD CONSTRAINT "FK_cd9a9accb18bd24ce518d93df0b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides"
            ADD CONSTRAINT "FK_15ab9ec0543dd6f7c30e9e6611c" FOREIGN KEY ("affiliation_id") REFERENCES "user_affiliations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides"
            ADD CONSTRAINT "FK_ba92410a3a6e12ece203a12f714" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides"
            ADD CONSTRAINT "FK_20442a68fce11cce94e5d2cbef1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides" DROP CONSTRAINT "FK_20442a68fce11cce94e5d2cbef1"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides" DROP CONSTRAINT "FK_ba92410a3a6e12ece203a12f714"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides" DROP CONSTRAINT "FK_15ab9ec0543dd6f7c30e9e6611c"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides" DROP CONSTRAINT "FK_cd9a9accb18bd24ce518d93df0b"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_independence_overrides" DROP CONSTRAINT "FK_fa417d725b50917723fb5119327"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_card_texts" DROP CONSTRAINT "FK_faafe4acb55eddf13e901c4a39c"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_card_texts" DROP CONSTRAINT "FK_255427bf8ccd3f1686194d68b1d"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_affiliations" DROP CONSTRAINT "FK_a41fb444835318acc059728e9f1"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_affiliations" DROP CONSTRAINT "FK_9bf98089b99df481a4d1dc1a0a5"
        `);
    await queryRunner.query(`
            ALTER TABLE "affiliation_declarations" DROP CONSTRAINT "FK_445af8292e9dc5bdbf95fe482b7"
        `);
    await queryRunner.query(`
            ALTER TABLE "affiliation_declarations" DROP CONSTRAINT "FK_0828615e128952d4c657a11c0a8"
        `);
    await queryRunner.query(`
            ALTER TABLE "affiliation_declarations" DROP CONSTRAINT "FK_ed978923ebc31ce4b46a3c694b6"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3ea6524207bbbeb76675a81d67"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a9e90a8b2cee4f1f148113b3b6"
        `);
    await queryRunner.query(`
            DROP TABLE "case_independence_overrides"
        `);
    await queryRunner.query(`
            DROP TABLE "role_card_texts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_72c9cf6e365e6dffec68cf69ae"
        `);
    await queryRunner.query(`
            DROP TABLE "user_affiliations"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."affiliation_kind"
        `);
    await queryRunner.query(`
            DROP TABLE "affiliation_declarations"
        `);
  }
}
