import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Signals: barriers a client met on a case, and what was done with them (counted in reach reports). */
export class Signals1764400050000 implements MigrationInterface {
  name = 'Signals1764400050000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."signal_category" AS ENUM(
                'language',
                'digital',
                'physical_accessibility',
                'provider_refused_or_delayed',
                'perceived_discrimination',
                'unclear_role',
                'waiting_list',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_signals" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "category" "public"."signal_category" NOT NULL,
                "description" text NOT NULL,
                "occurred_on" date NOT NULL,
                "involved_party" text,
                "recorded_by_id" uuid NOT NULL,
                CONSTRAINT "case_signals_version_positive" CHECK (version >= 1),
                CONSTRAINT "case_signals_involved_party_length" CHECK (
                    involved_party IS NULL
                    OR char_length(involved_party) BETWEEN 1 AND 200
                ),
                CONSTRAINT "case_signals_description_length" CHECK (
                    char_length(description) BETWEEN 1 AND 4000
                ),
                CONSTRAINT "PK_17b7903bc73cc58fc0c67e82b8c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d4a4da632f8e19f6bd5acda6d6" ON "case_signals" ("organisation_id", "occurred_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3524673e70acb30074fbb4fb57" ON "case_signals" ("organisation_id", "case_id", "occurred_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."signal_follow_up_kind" AS ENUM(
                'antidiscriminatievoorziening',
                'gemeente',
                'adviesraad_sociaal_domein',
                'zorgkantoor',
                'discussed_with_provider',
                'none_needed',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "signal_follow_ups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "signal_id" uuid NOT NULL,
                "kind" "public"."signal_follow_up_kind" NOT NULL,
                "recipient" text,
                "done_on" date NOT NULL,
                "note" text,
                "recorded_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "signal_follow_ups_note_length" CHECK (
                    note IS NULL
                    OR char_length(note) BETWEEN 1 AND 2000
                ),
                CONSTRAINT "signal_follow_ups_recipient_length" CHECK (
                    recipient IS NULL
                    OR char_length(recipient) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_3984f1755a68a2757ad53b73733" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1f4f4ade817f09ed11f2627e28" ON "signal_follow_ups" ("signal_id", "done_on")
        `);
    await queryRunner.query(`
            ALTER TABLE "case_signals"
            ADD CONSTRAINT "FK_cba0fe067e81ea4b3ede1fdfddb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_signals"
            ADD CONSTRAINT "FK_4a26ceb6691c626016aeea7b761" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_signals"
            ADD CONSTRAINT "FK_c7f569fda6a2c652debc973f95d" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "signal_follow_ups"
            ADD CONSTRAINT "FK_810f5d427921fed6490f982bf07" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "signal_follow_ups"
            ADD CONSTRAINT "FK_6d6ba0f81442211a7ef9bee81ad" FOREIGN KEY ("signal_id") REFERENCES "case_signals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "signal_follow_ups"
            ADD CONSTRAINT "FK_14322de0856ea189166eb4bd3f6" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "signal_follow_ups" DROP CONSTRAINT "FK_14322de0856ea189166eb4bd3f6"
        `);
    await queryRunner.query(`
            ALTER TABLE "signal_follow_ups" DROP CONSTRAINT "FK_6d6ba0f81442211a7ef9bee81ad"
        `);
    await queryRunner.query(`
            ALTER TABLE "signal_follow_ups" DROP CONSTRAINT "FK_810f5d427921fed6490f982bf07"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_signals" DROP CONSTRAINT "FK_c7f569fda6a2c652debc973f95d"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_signals" DROP CONSTRAINT "FK_4a26ceb6691c626016aeea7b761"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_signals" DROP CONSTRAINT "FK_cba0fe067e81ea4b3ede1fdfddb"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1f4f4ade817f09ed11f2627e28"
        `);
    await queryRunner.query(`
            DROP TABLE "signal_follow_ups"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."signal_follow_up_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3524673e70acb30074fbb4fb57"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d4a4da632f8e19f6bd5acda6d6"
        `);
    await queryRunner.query(`
            DROP TABLE "case_signals"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."signal_category"
        `);
  }
}
