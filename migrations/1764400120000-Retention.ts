import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention and anonymisation: the organisation's retention period after the last case of a client
 * closed (`organisations.retention_months`, default two years), the moment a client was anonymised
 * (`clients.anonymised_at`) and one row per anonymisation (`client_anonymisations`: who asked, why,
 * when, by request or by retention). That table holds ids and dates, no personal data.
 */
export class Retention1764400120000 implements MigrationInterface {
  name = 'Retention1764400120000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "retention_months" integer NOT NULL DEFAULT '24'`);
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_months_range" CHECK (retention_months BETWEEN 1 AND 240)`,
    );
    await queryRunner.query(`ALTER TABLE "clients" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE TABLE "client_anonymisations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "client_id" uuid NOT NULL,
        "trigger" text NOT NULL,
        "requested_by_id" uuid,
        "reason" text,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "executed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "client_anonymisations_trigger" CHECK (trigger IN ('request', 'retention')),
        CONSTRAINT "client_anonymisations_request_complete" CHECK (trigger <> 'request' OR (requested_by_id IS NOT NULL AND reason IS NOT NULL)),
        CONSTRAINT "UQ_client_anonymisations_client" UNIQUE ("client_id"),
        CONSTRAINT "PK_client_anonymisations" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_client_anonymisations_org_time" ON "client_anonymisations" ("organisation_id", "requested_at")`,
    );
    await queryRunner.query(`
      ALTER TABLE "client_anonymisations"
      ADD CONSTRAINT "FK_client_anonymisations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "client_anonymisations"
      ADD CONSTRAINT "FK_client_anonymisations_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "client_anonymisations"
      ADD CONSTRAINT "FK_client_anonymisations_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);

    // History stays unchangeable, except that anonymisation may blank the text in it: only within a
    // transaction that declares it with set_config('naast.anonymising', 'on', true), only UPDATE.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION visit_amendments_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('naast.anonymising', true) = 'on' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'visit_amendments rows are never changed' USING ERRCODE = 'insufficient_privilege';
      END;
      $$
    `);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION plan_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('naast.anonymising', true) = 'on' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'plan_versions is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION plan_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'plan_versions is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$
    `);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION visit_amendments_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'visit_amendments rows are never changed' USING ERRCODE = 'insufficient_privilege';
      END;
      $$
    `);
    await queryRunner.query(`DROP TABLE "client_anonymisations"`);
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "anonymised_at"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "organisations_retention_months_range"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "retention_months"`);
  }
}
