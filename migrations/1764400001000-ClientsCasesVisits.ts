import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clients, cases (with domains, volunteers, involved parties and status history), visits (with
 * domains and amendments), and the seeded reference table of the nine Wmo life domains.
 * Generated from the entities, then completed by hand: the domain rows, the trigram indexes,
 * the amendment guard, one shared case_status type, and metadata rows bound to current_database()
 * (TypeORM compares generated columns against them when it generates the next migration).
 */
export class ClientsCasesVisits1764400001000 implements MigrationInterface {
  name = 'ClientsCasesVisits1764400001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."accessibility_need" AS ENUM(
                'low_literacy',
                'visual',
                'hearing',
                'cognitive',
                'mobility'
            )
        `);
    // TypeORM keeps generated-column expressions here; created as TypeORM does, so this migration
    // runs whatever entity list the running DataSource has.
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS "typeorm_metadata" (
        "type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text
      )
    `);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
             VALUES (current_database(), 'public', 'clients', 'GENERATED_COLUMN', $1, $2)`,
      ['search_name', "lower(given_name || ' ' || coalesce(family_name_prefix || ' ', '') || family_name)"],
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
             VALUES (current_database(), 'public', 'clients', 'GENERATED_COLUMN', $1, $2)`,
      ['sort_name', "lower(family_name || ' ' || given_name)"],
    );
    await queryRunner.query(`
            CREATE TABLE "clients" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "team_id" uuid NOT NULL,
                "given_name" text NOT NULL,
                "family_name_prefix" text,
                "family_name" text NOT NULL,
                "search_name" text GENERATED ALWAYS AS (
                    lower(
                        given_name || ' ' || coalesce(family_name_prefix || ' ', '') || family_name
                    )
                ) STORED NOT NULL,
                "sort_name" text GENERATED ALWAYS AS (lower(family_name || ' ' || given_name)) STORED NOT NULL,
                "date_of_birth" date,
                "phone" text,
                "email" text,
                "address_street" text,
                "address_house_number" text,
                "address_postcode" text,
                "address_city" text,
                "municipality_code" text NOT NULL,
                "municipality_name" text NOT NULL,
                "preferred_language" text NOT NULL,
                "interpreter_needed" boolean NOT NULL DEFAULT false,
                "accessibility_needs" "public"."accessibility_need" array NOT NULL DEFAULT '{}',
                "representatives" jsonb NOT NULL DEFAULT '[]',
                "consent_given_on" date,
                "consent_scope" text,
                "consent_recorded_by_id" uuid,
                "consent_recorded_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "clients_version_positive" CHECK (version >= 1),
                CONSTRAINT "clients_consent_complete" CHECK (
                    (consent_given_on IS NULL) = (consent_scope IS NULL)
                    AND (consent_given_on IS NULL) = (consent_recorded_by_id IS NULL)
                ),
                CONSTRAINT "clients_address_complete" CHECK (
                    (address_street IS NULL) = (address_postcode IS NULL)
                    AND (address_street IS NULL) = (address_city IS NULL)
                    AND (address_street IS NULL) = (address_house_number IS NULL)
                ),
                CONSTRAINT "clients_postcode_format" CHECK (
                    address_postcode IS NULL
                    OR address_postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'
                ),
                CONSTRAINT "clients_municipality_code_format" CHECK (municipality_code ~ '^GM[0-9]{4}$'),
                CONSTRAINT "clients_family_name_length" CHECK (
                    char_length(family_name) BETWEEN 1 AND 100
                ),
                CONSTRAINT "clients_given_name_length" CHECK (
                    char_length(given_name) BETWEEN 1 AND 100
                ),
                CONSTRAINT "PK_f1ab7cf3a5714dbc6bb4e1c28a4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4b4ff1ebee3c89ca5ad9d2b398" ON "clients" ("organisation_id", "sort_name", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f08f99fe1da264b5f4ce1f923d" ON "clients" ("organisation_id", "created_by_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2741a516547b7799aa0a6b46a1" ON "clients" ("organisation_id", "team_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_status" AS ENUM('aangemeld', 'intake', 'actief', 'afgesloten')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."legal_framework" AS ENUM(
                'wmo',
                'wlz',
                'jeugdwet',
                'zvw',
                'participatiewet',
                'schuldhulpverlening'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."commissioning_party_kind" AS ENUM('gemeente', 'zorgkantoor')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."referral_source" AS ENUM(
                'self',
                'huisarts',
                'wijkteam',
                'gemeente',
                'zorgkantoor',
                'family',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "client_id" uuid NOT NULL,
                "team_id" uuid NOT NULL,
                "lead_supporter_id" uuid NOT NULL,
                "question" text NOT NULL,
                "status" "public"."case_status" NOT NULL DEFAULT 'aangemeld',
                "legal_frameworks" "public"."legal_framework" array NOT NULL DEFAULT '{}',
                "commissioning_party_kind" "public"."commissioning_party_kind" NOT NULL,
                "commissioning_party_name" text NOT NULL,
                "referral_source" "public"."referral_source" NOT NULL,
                "registered_on" date NOT NULL,
                "first_contact_on" date,
                "closed_on" date,
                "closing_reason" text,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "cases_version_positive" CHECK (version >= 1),
                CONSTRAINT "cases_closed_after_registration" CHECK (
                    closed_on IS NULL
                    OR closed_on >= registered_on
                ),
                CONSTRAINT "cases_first_contact_after_registration" CHECK (
                    first_contact_on IS NULL
                    OR first_contact_on >= registered_on
                ),
                CONSTRAINT "cases_closed_consistent" CHECK (
                    (status = 'afgesloten') = (closed_on IS NOT NULL)
                    AND (status = 'afgesloten') = (closing_reason IS NOT NULL)
                ),
                CONSTRAINT "cases_commissioning_party_name_length" CHECK (
                    char_length(commissioning_party_name) BETWEEN 1 AND 200
                ),
                CONSTRAINT "cases_question_length" CHECK (
                    char_length(question) BETWEEN 1 AND 5000
                ),
                CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_10ecd4e9fd902a767e5191b6ad" ON "cases" ("organisation_id", "updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ef7802fdf68f5735d54780ace2" ON "cases" ("organisation_id", "registered_on", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0cab11ead7d0667c93569c60aa" ON "cases" ("organisation_id", "client_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_08a1f345e850cd7253472ca449" ON "cases" ("organisation_id", "lead_supporter_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ab2e4efa3852070f08df4b6be0" ON "cases" ("organisation_id", "team_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "domains" (
                "code" text NOT NULL,
                "label_nl" text NOT NULL,
                "label_en" text NOT NULL,
                "is_primary" boolean NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "UQ_3e6b3f6408acf53e782bd12abc8" UNIQUE ("position"),
                CONSTRAINT "domains_code_known" CHECK (
                    code IN (
                        'zorg',
                        'wonen',
                        'werk',
                        'inkomen',
                        'welzijn',
                        'onderwijs',
                        'jeugdhulp',
                        'preventieve_zorg',
                        'maatschappelijke_ondersteuning'
                    )
                ),
                CONSTRAINT "PK_c1eacbd811cc699e0854b4090e1" PRIMARY KEY ("code")
            )
        `);
    // The nine Wmo life domains with stable codes, equal to DOMAINS in the contracts (a test checks it).
    await queryRunner.query(`
            INSERT INTO "domains" ("code", "label_nl", "label_en", "is_primary", "position") VALUES
                ('zorg', 'Zorg', 'Care', true, 1),
                ('wonen', 'Wonen', 'Housing', true, 2),
                ('werk', 'Werk', 'Work', true, 3),
                ('inkomen', 'Inkomen', 'Income', true, 4),
                ('welzijn', 'Welzijn', 'Wellbeing', false, 5),
                ('onderwijs', 'Onderwijs', 'Education', false, 6),
                ('jeugdhulp', 'Jeugdhulp', 'Youth care', false, 7),
                ('preventieve_zorg', 'Preventieve zorg', 'Preventive care', false, 8),
                ('maatschappelijke_ondersteuning', 'Maatschappelijke ondersteuning', 'Social support', false, 9)
        `);
    await queryRunner.query(`
            CREATE TABLE "case_domains" (
                "case_id" uuid NOT NULL,
                "domain_code" text NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "PK_9fd4a2c82ccd9073652a5270572" PRIMARY KEY ("case_id", "domain_code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fb287205074c50189d2e4847d6" ON "case_domains" ("organisation_id", "domain_code")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."involved_party_kind" AS ENUM(
                'zorgaanbieder',
                'gemeente',
                'zorgkantoor',
                'woningcorporatie',
                'uwv',
                'huisarts',
                'schuldhulpverlening',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_involved_parties" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "kind" "public"."involved_party_kind" NOT NULL,
                "name" text NOT NULL,
                "contact" text,
                CONSTRAINT "case_involved_parties_name_length" CHECK (
                    char_length(name) BETWEEN 1 AND 200
                ),
                CONSTRAINT "PK_6bdb5e0e2512c7ec5a453959164" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_df9a09b99c1b370266d4336e64" ON "case_involved_parties" ("organisation_id", "kind")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_776fc1dc77f997df0600afed3e" ON "case_involved_parties" ("case_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_volunteers" (
                "case_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0b18f00a0ce65f6b3d16b33c9d5" PRIMARY KEY ("case_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1a11b87eae5aee6e396d9b3cb4" ON "case_volunteers" ("organisation_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_status_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "from_status" "public"."case_status",
                "to_status" "public"."case_status" NOT NULL,
                "reason" text,
                "changed_by_id" uuid NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4602a931e9f2eb847bfc17023ee" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d6677a0414c69a8a9b3725b91a" ON "case_status_changes" ("case_id", "changed_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."visit_mode" AS ENUM(
                'home_visit',
                'office',
                'phone',
                'video',
                'accompany_keukentafelgesprek',
                'accompany_ciz',
                'accompany_provider'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "visits" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "minutes" integer NOT NULL,
                "mode" "public"."visit_mode" NOT NULL,
                "summary" text NOT NULL,
                "next_steps" text,
                "author_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "visits_version_positive" CHECK (version >= 1),
                CONSTRAINT "visits_next_steps_length" CHECK (
                    next_steps IS NULL
                    OR char_length(next_steps) <= 5000
                ),
                CONSTRAINT "visits_summary_length" CHECK (
                    char_length(summary) BETWEEN 1 AND 10000
                ),
                CONSTRAINT "visits_minutes_range" CHECK (
                    minutes BETWEEN 1 AND 1440
                ),
                CONSTRAINT "PK_0b0b322289a41015c6ea4e8bf30" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0cd8a4530c4caccc5883c08d40" ON "visits" ("organisation_id", "author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cfac61a50a9eb3d3c93dd8eb2a" ON "visits" (
                "organisation_id",
                "case_id",
                "occurred_at",
                "id"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "visit_amendments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "visit_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "previous" jsonb NOT NULL,
                "changed" jsonb NOT NULL,
                "amended_by_id" uuid NOT NULL,
                "amended_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "visit_amendments_reason_length" CHECK (
                    char_length(reason) BETWEEN 3 AND 1000
                ),
                CONSTRAINT "PK_ec27690bd3e7a2fa8fdb5847d7a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d94bc7991aa36b464ab9c348a4" ON "visit_amendments" ("visit_id", "amended_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "visit_domains" (
                "visit_id" uuid NOT NULL,
                "domain_code" text NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "PK_6f3e12e449eb1f1fefc977791e2" PRIMARY KEY ("visit_id", "domain_code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_01ae9ea49ecb7ce7fd47dca8e1" ON "visit_domains" ("organisation_id", "domain_code")
        `);
    await queryRunner.query(`
            ALTER TABLE "clients"
            ADD CONSTRAINT "FK_d88f3c4b5e5c884339daf56494e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clients"
            ADD CONSTRAINT "FK_79f973dd47bd86d2186c770d588" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clients"
            ADD CONSTRAINT "FK_d2ac1947399a642a52f7eb50794" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "clients"
            ADD CONSTRAINT "FK_16acaa9c3b71f351cae6910d90d" FOREIGN KEY ("consent_recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_7637dde4a13e5c3c858309f2bef" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_d766522b3bd81d86a425e301661" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_0bce677a6cc241748fe921545c3" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_0728bd659526728c3654fb2ca97" FOREIGN KEY ("lead_supporter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_7115e99d3a72c8a9eb7742915ab" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_domains"
            ADD CONSTRAINT "FK_3f074aa3dec461c443a3c00a39e" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_domains"
            ADD CONSTRAINT "FK_2a55460b53463db4597a9eaf25e" FOREIGN KEY ("domain_code") REFERENCES "domains"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_domains"
            ADD CONSTRAINT "FK_da845795adfe8d6b2180c7e3426" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_involved_parties"
            ADD CONSTRAINT "FK_58c6af8240c8ee37adeb2e2071b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_involved_parties"
            ADD CONSTRAINT "FK_78dbe368445f973bc7c5926b69a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_volunteers"
            ADD CONSTRAINT "FK_b04761b5060c57f03ff4c52deec" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_volunteers"
            ADD CONSTRAINT "FK_cdf08c31154341fce23b65a881d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_volunteers"
            ADD CONSTRAINT "FK_d22fb74d510c86bfafb957f2a13" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_status_changes"
            ADD CONSTRAINT "FK_6168ee33cc496cded6ba8e46b8e" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_status_changes"
            ADD CONSTRAINT "FK_c3ddff55ffe4ac75e7c5838f87c" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_status_changes"
            ADD CONSTRAINT "FK_03294cf3ae4accd6891c8bdf741" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visits"
            ADD CONSTRAINT "FK_20e8b91a81ea132d87e02fecb8b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visits"
            ADD CONSTRAINT "FK_f3160c8d8bc2f1a5f05ca3e272f" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visits"
            ADD CONSTRAINT "FK_f96d5aab17789ff348606f16c0b" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_amendments"
            ADD CONSTRAINT "FK_8e5a4267180976fc84dbf3826c0" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_amendments"
            ADD CONSTRAINT "FK_3eb3a896cbbc0c3102ff68f781d" FOREIGN KEY ("amended_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_amendments"
            ADD CONSTRAINT "FK_465aa503020e6cf102706b4a25e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_domains"
            ADD CONSTRAINT "FK_d3cd858cf90dba8e2c039d7f80b" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_domains"
            ADD CONSTRAINT "FK_dc9846918bcf1c83327db059990" FOREIGN KEY ("domain_code") REFERENCES "domains"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_domains"
            ADD CONSTRAINT "FK_08a0bdb470ae1ba7507587b3ae0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Name search tolerates misspellings and partial names: trigram GIN indexes (pg_trgm, from the core migration).
    await queryRunner.query(`
            CREATE INDEX "clients_search_name_trgm" ON "clients" USING gin ("search_name" gin_trgm_ops)
        `);
    await queryRunner.query(`
            CREATE INDEX "cases_question_trgm" ON "cases" USING gin (lower("question") gin_trgm_ops)
        `);
    // An amendment is history: it is never changed afterwards (deleting stays possible for erasure).
    await queryRunner.query(`
            CREATE FUNCTION visit_amendments_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'visit_amendments rows are never changed' USING ERRCODE = 'insufficient_privilege';
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER visit_amendments_no_update BEFORE UPDATE ON "visit_amendments"
            FOR EACH ROW EXECUTE FUNCTION visit_amendments_immutable()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "visit_amendments_no_update" ON "visit_amendments"
        `);
    await queryRunner.query(`
            DROP FUNCTION visit_amendments_immutable()
        `);
    await queryRunner.query(`
            DROP INDEX "public"."cases_question_trgm"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."clients_search_name_trgm"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_domains" DROP CONSTRAINT "FK_08a0bdb470ae1ba7507587b3ae0"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_domains" DROP CONSTRAINT "FK_dc9846918bcf1c83327db059990"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_domains" DROP CONSTRAINT "FK_d3cd858cf90dba8e2c039d7f80b"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_amendments" DROP CONSTRAINT "FK_465aa503020e6cf102706b4a25e"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_amendments" DROP CONSTRAINT "FK_3eb3a896cbbc0c3102ff68f781d"
        `);
    await queryRunner.query(`
            ALTER TABLE "visit_amendments" DROP CONSTRAINT "FK_8e5a4267180976fc84dbf3826c0"
        `);
    await queryRunner.query(`
            ALTER TABLE "visits" DROP CONSTRAINT "FK_f96d5aab17789ff348606f16c0b"
        `);
    await queryRunner.query(`
            ALTER TABLE "visits" DROP CONSTRAINT "FK_f3160c8d8bc2f1a5f05ca3e272f"
        `);
    await queryRunner.query(`
            ALTER TABLE "visits" DROP CONSTRAINT "FK_20e8b91a81ea132d87e02fecb8b"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_status_changes" DROP CONSTRAINT "FK_03294cf3ae4accd6891c8bdf741"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_status_changes" DROP CONSTRAINT "FK_c3ddff55ffe4ac75e7c5838f87c"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_status_changes" DROP CONSTRAINT "FK_6168ee33cc496cded6ba8e46b8e"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_volunteers" DROP CONSTRAINT "FK_d22fb74d510c86bfafb957f2a13"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_volunteers" DROP CONSTRAINT "FK_cdf08c31154341fce23b65a881d"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_volunteers" DROP CONSTRAINT "FK_b04761b5060c57f03ff4c52deec"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_involved_parties" DROP CONSTRAINT "FK_78dbe368445f973bc7c5926b69a"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_involved_parties" DROP CONSTRAINT "FK_58c6af8240c8ee37adeb2e2071b"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_domains" DROP CONSTRAINT "FK_da845795adfe8d6b2180c7e3426"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_domains" DROP CONSTRAINT "FK_2a55460b53463db4597a9eaf25e"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_domains" DROP CONSTRAINT "FK_3f074aa3dec461c443a3c00a39e"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_7115e99d3a72c8a9eb7742915ab"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_0728bd659526728c3654fb2ca97"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_0bce677a6cc241748fe921545c3"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_d766522b3bd81d86a425e301661"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_7637dde4a13e5c3c858309f2bef"
        `);
    await queryRunner.query(`
            ALTER TABLE "clients" DROP CONSTRAINT "FK_16acaa9c3b71f351cae6910d90d"
        `);
    await queryRunner.query(`
            ALTER TABLE "clients" DROP CONSTRAINT "FK_d2ac1947399a642a52f7eb50794"
        `);
    await queryRunner.query(`
            ALTER TABLE "clients" DROP CONSTRAINT "FK_79f973dd47bd86d2186c770d588"
        `);
    await queryRunner.query(`
            ALTER TABLE "clients" DROP CONSTRAINT "FK_d88f3c4b5e5c884339daf56494e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_01ae9ea49ecb7ce7fd47dca8e1"
        `);
    await queryRunner.query(`
            DROP TABLE "visit_domains"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d94bc7991aa36b464ab9c348a4"
        `);
    await queryRunner.query(`
            DROP TABLE "visit_amendments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cfac61a50a9eb3d3c93dd8eb2a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0cd8a4530c4caccc5883c08d40"
        `);
    await queryRunner.query(`
            DROP TABLE "visits"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."visit_mode"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d6677a0414c69a8a9b3725b91a"
        `);
    await queryRunner.query(`
            DROP TABLE "case_status_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1a11b87eae5aee6e396d9b3cb4"
        `);
    await queryRunner.query(`
            DROP TABLE "case_volunteers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_776fc1dc77f997df0600afed3e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_df9a09b99c1b370266d4336e64"
        `);
    await queryRunner.query(`
            DROP TABLE "case_involved_parties"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."involved_party_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fb287205074c50189d2e4847d6"
        `);
    await queryRunner.query(`
            DROP TABLE "case_domains"
        `);
    await queryRunner.query(`
            DROP TABLE "domains"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ab2e4efa3852070f08df4b6be0"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_08a1f345e850cd7253472ca449"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0cab11ead7d0667c93569c60aa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ef7802fdf68f5735d54780ace2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_10ecd4e9fd902a767e5191b6ad"
        `);
    await queryRunner.query(`
            DROP TABLE "cases"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."referral_source"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."commissioning_party_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."legal_framework"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2741a516547b7799aa0a6b46a1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f08f99fe1da264b5f4ce1f923d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4b4ff1ebee3c89ca5ad9d2b398"
        `);
    await queryRunner.query(`
            DROP TABLE "clients"
        `);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = $1
                AND "database" = current_database() AND "schema" = 'public' AND "table" = 'clients'`,
      ['sort_name'],
    );
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = $1
                AND "database" = current_database() AND "schema" = 'public' AND "table" = 'clients'`,
      ['search_name'],
    );
    await queryRunner.query(`
            DROP TYPE "public"."accessibility_need"
        `);
  }
}
