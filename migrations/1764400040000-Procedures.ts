import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Procedures a case follows (Wmo, Wlz, Jeugdwet, Participatiewet, bezwaar, beroep…) with their office and
 * outcome, one row per step date, and the open deadlines computed from them (rewritten with every change) so
 * start pages select them by date.
 */
export class Procedures1764400040000 implements MigrationInterface {
  name = 'Procedures1764400040000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."procedure_kind" AS ENUM(
                'wmo',
                'wlz',
                'jeugdwet',
                'participatiewet',
                'bezwaar',
                'beroep',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."procedure_outcome" AS ENUM(
                'lopend',
                'toegekend',
                'deels_toegekend',
                'afgewezen',
                'ingetrokken'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_procedures" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "kind" "public"."procedure_kind" NOT NULL,
                "office" text NOT NULL,
                "advisory_committee" boolean NOT NULL DEFAULT false,
                "outcome" "public"."procedure_outcome" NOT NULL DEFAULT 'lopend',
                "outcome_on" date,
                "outcome_note" text,
                "created_by_id" uuid NOT NULL,
                CONSTRAINT "case_procedures_version_positive" CHECK (version >= 1),
                CONSTRAINT "case_procedures_outcome_date" CHECK ((outcome = 'lopend') = (outcome_on IS NULL)),
                CONSTRAINT "case_procedures_outcome_note_length" CHECK (
                    outcome_note IS NULL
                    OR char_length(outcome_note) <= 2000
                ),
                CONSTRAINT "case_procedures_office_length" CHECK (
                    char_length(office) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_429b484a79073c3c8c9ce7d6bfb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1ae39ebfe7cd77fa21933dbf1a" ON "case_procedures" ("organisation_id", "case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."procedure_step" AS ENUM(
                'melding',
                'persoonlijk_plan',
                'onderzoek',
                'aanvraag',
                'besluit',
                'bezwaar',
                'hoorzitting',
                'beslissing_op_bezwaar',
                'beroep',
                'uitspraak'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_procedure_dates" (
                "procedure_id" uuid NOT NULL,
                "step" "public"."procedure_step" NOT NULL,
                "organisation_id" uuid NOT NULL,
                "occurred_on" date NOT NULL,
                CONSTRAINT "PK_86b05d403634b8abc94c9865da2" PRIMARY KEY ("procedure_id", "step")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_drafts"
            ALTER COLUMN "fields"
            SET DEFAULT '{}'::jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedures"
            ADD CONSTRAINT "FK_bc1b94a5f50313d6e7cc5a15cb2" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedures"
            ADD CONSTRAINT "FK_1971abf4cbe431be61796320677" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedures"
            ADD CONSTRAINT "FK_2e044f91e11a165002ea0536ed1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedure_dates"
            ADD CONSTRAINT "FK_a4111db2d5967451ab9fae4278d" FOREIGN KEY ("procedure_id") REFERENCES "case_procedures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedure_dates"
            ADD CONSTRAINT "FK_809706c8f36ef775ce9b4214d75" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE TABLE "case_procedure_deadlines" (
                "procedure_id" uuid NOT NULL,
                "step" "public"."procedure_step" NOT NULL,
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "due_on" date NOT NULL,
                "label" text NOT NULL,
                CONSTRAINT "PK_c024e5fb2463b57801625914f95" PRIMARY KEY ("procedure_id", "step")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7ad79c41ccd8d6cc184d2468b9" ON "case_procedure_deadlines" ("organisation_id", "case_id", "due_on")
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedure_deadlines"
            ADD CONSTRAINT "FK_53fc7a4e82cabf9132cfdc4510c" FOREIGN KEY ("procedure_id") REFERENCES "case_procedures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedure_deadlines"
            ADD CONSTRAINT "FK_7c4eb192accd64848f6aca0b3a2" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "case_procedure_deadlines"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedure_dates" DROP CONSTRAINT "FK_809706c8f36ef775ce9b4214d75"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedure_dates" DROP CONSTRAINT "FK_a4111db2d5967451ab9fae4278d"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedures" DROP CONSTRAINT "FK_2e044f91e11a165002ea0536ed1"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedures" DROP CONSTRAINT "FK_1971abf4cbe431be61796320677"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_procedures" DROP CONSTRAINT "FK_bc1b94a5f50313d6e7cc5a15cb2"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_drafts"
            ALTER COLUMN "fields"
            SET DEFAULT '{}'
        `);
    await queryRunner.query(`
            DROP TABLE "case_procedure_dates"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."procedure_step"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1ae39ebfe7cd77fa21933dbf1a"
        `);
    await queryRunner.query(`
            DROP TABLE "case_procedures"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."procedure_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."procedure_kind"
        `);
  }
}
