import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consent (toestemming) and disclosures (verstrekkingen) of a client; nothing here is deleted, withdrawal is dated. */
export class Consent1764400110000 implements MigrationInterface {
  name = 'Consent1764400110000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."consent_scope" AS ENUM('processing', 'disclosure')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."consent_given_by" AS ENUM('client', 'legal_representative')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."consent_representative_capacity" AS ENUM(
                'curator',
                'bewindvoerder',
                'mentor',
                'gemachtigde'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "consents" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "scope" "public"."consent_scope" NOT NULL,
                "recipient" text,
                "purpose" text NOT NULL,
                "data_categories" text array NOT NULL,
                "given_on" date NOT NULL,
                "given_by" "public"."consent_given_by" NOT NULL,
                "representative_name" text,
                "representative_capacity" "public"."consent_representative_capacity",
                "valid_until" date,
                "withdrawn_on" date,
                "withdrawal_note" text,
                "withdrawn_by_id" uuid,
                "recorded_by_id" uuid NOT NULL,
                CONSTRAINT "consents_withdrawal_note_length" CHECK (
                    withdrawal_note IS NULL
                    OR char_length(withdrawal_note) BETWEEN 1 AND 2000
                ),
                CONSTRAINT "consents_withdrawal_complete" CHECK (
                    (
                        withdrawn_on IS NULL
                        AND withdrawal_note IS NULL
                        AND withdrawn_by_id IS NULL
                    )
                    OR (
                        withdrawn_on IS NOT NULL
                        AND withdrawn_by_id IS NOT NULL
                    )
                ),
                CONSTRAINT "consents_withdrawn_after_given" CHECK (
                    withdrawn_on IS NULL
                    OR withdrawn_on >= given_on
                ),
                CONSTRAINT "consents_valid_until_after_given" CHECK (
                    valid_until IS NULL
                    OR valid_until >= given_on
                ),
                CONSTRAINT "consents_representative_name_length" CHECK (
                    representative_name IS NULL
                    OR char_length(representative_name) BETWEEN 1 AND 200
                ),
                CONSTRAINT "consents_representative" CHECK (
                    (
                        given_by = 'client'
                        AND representative_name IS NULL
                        AND representative_capacity IS NULL
                    )
                    OR (
                        given_by = 'legal_representative'
                        AND representative_name IS NOT NULL
                        AND representative_capacity IS NOT NULL
                    )
                ),
                CONSTRAINT "consents_data_categories_known" CHECK (
                    cardinality(data_categories) >= 1
                    AND data_categories <@ ARRAY ['persoonsgegevens', 'gezondheid', 'financien', 'wonen', 'werk_en_dagbesteding', 'gezin_en_relaties']::text []
                ),
                CONSTRAINT "consents_purpose_length" CHECK (
                    char_length(purpose) BETWEEN 1 AND 1000
                ),
                CONSTRAINT "consents_recipient_length" CHECK (
                    recipient IS NULL
                    OR char_length(recipient) BETWEEN 1 AND 200
                ),
                CONSTRAINT "consents_recipient_for_disclosure" CHECK (
                    scope <> 'disclosure'
                    OR recipient IS NOT NULL
                ),
                CONSTRAINT "consents_version_positive" CHECK (version >= 1),
                CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8f17f20f489e7855387e659b1c" ON "consents" ("organisation_id", "client_id", "given_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."disclosure_exception" AS ENUM('meldcode', 'wettelijke_plicht', 'vitaal_belang')
        `);
    await queryRunner.query(`
            CREATE TABLE "disclosures" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "case_id" uuid,
                "recipient" text NOT NULL,
                "purpose" text NOT NULL,
                "data_categories" text array NOT NULL,
                "disclosed_on" date NOT NULL,
                "consent_id" uuid,
                "exception_kind" "public"."disclosure_exception",
                "exception_reason" text,
                "recorded_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "disclosures_ground" CHECK (
                    (
                        consent_id IS NOT NULL
                        AND exception_kind IS NULL
                        AND exception_reason IS NULL
                    )
                    OR (
                        consent_id IS NULL
                        AND exception_kind IS NOT NULL
                        AND char_length(exception_reason) BETWEEN 20 AND 4000
                    )
                ),
                CONSTRAINT "disclosures_data_categories_known" CHECK (
                    cardinality(data_categories) >= 1
                    AND data_categories <@ ARRAY ['persoonsgegevens', 'gezondheid', 'financien', 'wonen', 'werk_en_dagbesteding', 'gezin_en_relaties']::text []
                ),
                CONSTRAINT "disclosures_purpose_length" CHECK (
                    char_length(purpose) BETWEEN 1 AND 1000
                ),
                CONSTRAINT "disclosures_recipient_length" CHECK (
                    char_length(recipient) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_891a486784239e16ba51491fd1c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ab9170cc6d9024acd664b83188" ON "disclosures" ("consent_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_586ca913250637e9fdad83445e" ON "disclosures" ("organisation_id", "case_id", "disclosed_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a52f89bdf418ed2b90767fb35f" ON "disclosures" ("organisation_id", "client_id", "disclosed_on")
        `);
    await queryRunner.query(`
            ALTER TABLE "consents"
            ADD CONSTRAINT "FK_13fb35c20a86a5fbaaa560d35a3" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "consents"
            ADD CONSTRAINT "FK_618e4fb7c4dc5b95a223cc9866c" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "consents"
            ADD CONSTRAINT "FK_71f0c92116ad94c7adacd3a6a59" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "consents"
            ADD CONSTRAINT "FK_a81b68285239ade5145e101edeb" FOREIGN KEY ("withdrawn_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures"
            ADD CONSTRAINT "FK_b0836833354208b6c037550448d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures"
            ADD CONSTRAINT "FK_f0c719d4f6d409e1f36d5843e03" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures"
            ADD CONSTRAINT "FK_4557c773fcee590a73e04d129e4" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures"
            ADD CONSTRAINT "FK_ab9170cc6d9024acd664b83188f" FOREIGN KEY ("consent_id") REFERENCES "consents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures"
            ADD CONSTRAINT "FK_804c5fe8c743a3655c7c3c7d0af" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "disclosures" DROP CONSTRAINT "FK_804c5fe8c743a3655c7c3c7d0af"
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures" DROP CONSTRAINT "FK_ab9170cc6d9024acd664b83188f"
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures" DROP CONSTRAINT "FK_4557c773fcee590a73e04d129e4"
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures" DROP CONSTRAINT "FK_f0c719d4f6d409e1f36d5843e03"
        `);
    await queryRunner.query(`
            ALTER TABLE "disclosures" DROP CONSTRAINT "FK_b0836833354208b6c037550448d"
        `);
    await queryRunner.query(`
            ALTER TABLE "consents" DROP CONSTRAINT "FK_a81b68285239ade5145e101edeb"
        `);
    await queryRunner.query(`
            ALTER TABLE "consents" DROP CONSTRAINT "FK_71f0c92116ad94c7adacd3a6a59"
        `);
    await queryRunner.query(`
            ALTER TABLE "consents" DROP CONSTRAINT "FK_618e4fb7c4dc5b95a223cc9866c"
        `);
    await queryRunner.query(`
            ALTER TABLE "consents" DROP CONSTRAINT "FK_13fb35c20a86a5fbaaa560d35a3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a52f89bdf418ed2b90767fb35f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_586ca913250637e9fdad83445e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ab9170cc6d9024acd664b83188"
        `);
    await queryRunner.query(`
            DROP TABLE "disclosures"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."disclosure_exception"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8f17f20f489e7855387e659b1c"
        `);
    await queryRunner.query(`
            DROP TABLE "consents"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."consent_representative_capacity"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."consent_given_by"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."consent_scope"
        `);
  }
}
