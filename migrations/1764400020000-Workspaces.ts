import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The three workspaces: visit drafts, acknowledgements of volunteer reports, the history of lead
 * supporter changes, the organisation's no-contact range, indexes for the start-page and caseload
 * figures, and the `export` access action.
 */
export class Workspaces1764400020000 implements MigrationInterface {
  name = 'Workspaces1764400020000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "case_assignment_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "from_user_id" uuid,
                "to_user_id" uuid NOT NULL,
                "changed_by_id" uuid NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "reason" text,
                CONSTRAINT "PK_6ffd27c2260d45b2a9e88912719" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9b9da9c5c7dbe5fbd0898405e3" ON "case_assignment_changes" ("case_id", "changed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "visit_acknowledgements" (
                "visit_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "acknowledged_by_id" uuid NOT NULL,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "comment" text,
                CONSTRAINT "visit_acknowledgements_comment_length" CHECK (
                    comment IS NULL
                    OR char_length(comment) BETWEEN 1 AND 2000
                ),
                CONSTRAINT "PK_4f7bc93e81a8742c0463c7ebad0" PRIMARY KEY ("visit_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0c14426f31598a67a97e85af62" ON "visit_acknowledgements" (
                "organisation_id",
                "acknowledged_by_id",
                "acknowledged_at"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "visit_drafts" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "fields" jsonb NOT NULL DEFAULT '{}'::jsonb,
                CONSTRAINT "visit_drafts_version_positive" CHECK (version >= 1),
                CONSTRAINT "PK_2d8c6b764646021dbf89e0404ed" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0e212e1420e376ebd9366a50c3" ON "visit_drafts" ("case_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0d134cd59c259af20fec2965b8" ON "visit_drafts" ("organisation_id", "author_id", "updated_at")
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."access_action"
            ADD VALUE IF NOT EXISTS 'export'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_98e81f1e5fdb14e6e75c8000c6" ON "cases" ("organisation_id", "team_id", "closed_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8564746af1e6c2811587771d01" ON "cases" ("organisation_id", "team_id", "first_contact_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b9f862b70af965dfba3163d7cf" ON "visits" ("organisation_id", "occurred_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD CONSTRAINT "organisations_no_contact_days_range" CHECK (
                    no_contact_days BETWEEN 1 AND 365
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes"
            ADD CONSTRAINT "FK_68f98b2d6be9418aa509a443c1a" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes"
            ADD CONSTRAINT "FK_2bca4326724326b2dbe25d5dc69" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes"
            ADD CONSTRAINT "FK_74cf2c632942e1a1955a0b7797d" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes"
            ADD CONSTRAINT "FK_86404e4dca56d9fb9702504c368" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes"
            ADD CONSTRAINT "FK_e3f2b9c3e2cad7a239db949d4b9" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_acknowledgements"
            ADD CONSTRAINT "FK_4f7bc93e81a8742c0463c7ebad0" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_acknowledgements"
            ADD CONSTRAINT "FK_895581dac2822bb664e3aefa0d0" FOREIGN KEY ("acknowledged_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_acknowledgements"
            ADD CONSTRAINT "FK_3517de8eb105a7542fcc232af93" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_drafts"
            ADD CONSTRAINT "FK_0e212e1420e376ebd9366a50c33" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_drafts"
            ADD CONSTRAINT "FK_76b7373787e3bb13ebf00efb321" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_drafts"
            ADD CONSTRAINT "FK_95d4a55c8f58330c2d8b6629205" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "visit_drafts" DROP CONSTRAINT "FK_95d4a55c8f58330c2d8b6629205"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_drafts" DROP CONSTRAINT "FK_76b7373787e3bb13ebf00efb321"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_drafts" DROP CONSTRAINT "FK_0e212e1420e376ebd9366a50c33"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_acknowledgements" DROP CONSTRAINT "FK_3517de8eb105a7542fcc232af93"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_acknowledgements" DROP CONSTRAINT "FK_895581dac2822bb664e3aefa0d0"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_acknowledgements" DROP CONSTRAINT "FK_4f7bc93e81a8742c0463c7ebad0"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes" DROP CONSTRAINT "FK_e3f2b9c3e2cad7a239db949d4b9"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes" DROP CONSTRAINT "FK_86404e4dca56d9fb9702504c368"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes" DROP CONSTRAINT "FK_74cf2c632942e1a1955a0b7797d"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes" DROP CONSTRAINT "FK_2bca4326724326b2dbe25d5dc69"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_assignment_changes" DROP CONSTRAINT "FK_68f98b2d6be9418aa509a443c1a"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP CONSTRAINT "organisations_no_contact_days_range"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b9f862b70af965dfba3163d7cf"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8564746af1e6c2811587771d01"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_98e81f1e5fdb14e6e75c8000c6"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."access_action_old" AS ENUM('read', 'search', 'create', 'update')
        `);
    await queryRunner.query(`
            ALTER TABLE "access_log"
            ALTER COLUMN "action" TYPE "public"."access_action_old" USING "action"::"text"::"public"."access_action_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."access_action"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."access_action_old"
            RENAME TO "access_action"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0d134cd59c259af20fec2965b8"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0e212e1420e376ebd9366a50c3"
        `);
    await queryRunner.query(`
            DROP TABLE "visit_drafts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0c14426f31598a67a97e85af62"
        `);
    await queryRunner.query(`
            DROP TABLE "visit_acknowledgements"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9b9da9c5c7dbe5fbd0898405e3"
        `);
    await queryRunner.query(`
            DROP TABLE "case_assignment_changes"
        `);
  }
}
