import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, teams, users, sessions, sign-in attempts and the append-only access log.
 * pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
 */
export class Core1764400000000 implements MigrationInterface {
  name = 'Core1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE "public"."user_role" AS ENUM('supporter', 'volunteer', 'team_lead', 'admin')
    `);
    await queryRunner.query(`
      CREATE TYPE "public"."access_action" AS ENUM('read', 'search', 'create', 'update')
    `);
    await queryRunner.query(`
      CREATE TYPE "public"."access_outcome" AS ENUM('success', 'denied', 'not_found')
    `);
    await queryRunner.query(`
      CREATE TABLE "access_log" (
      "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "organisation_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "role" "public"."user_role" NOT NULL,
      "client_id" uuid,
      "entity" text NOT NULL,
      "entity_id" text,
      "action" "public"."access_action" NOT NULL,
      "outcome" "public"."access_outcome" NOT NULL,
      "request_id" text NOT NULL,
      "ip" inet,
      "detail" text,
      CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_d9674efb9db2b9c26fb32e3839" ON "access_log" ("organisation_id", "user_id", "occurred_at")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_a001f4fb5e5b6cca27107ea06d" ON "access_log" ("organisation_id", "client_id", "occurred_at")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_6b6f03f6b6957b21617f5db734" ON "access_log" ("organisation_id", "occurred_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "login_attempts" (
      "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
      "email" text NOT NULL,
      "ip" inet,
      "succeeded" boolean NOT NULL,
      "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_21cf7fa29d6596c229c29a7dc5" ON "login_attempts" ("ip", "attempted_at")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_c2872575da9b2869ffd49d77e0" ON "login_attempts" ("email", "attempted_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "sessions" (
      "sid" text NOT NULL,
      "data" jsonb NOT NULL,
      "user_id" uuid,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_e2d6172ca19b8ebef797c362b05" PRIMARY KEY ("sid")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions" ("user_id")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_9cfe37d28c3b229a350e086d94" ON "sessions" ("expires_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "organisations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" text NOT NULL,
      "no_contact_days" integer NOT NULL DEFAULT '30',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "teams" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organisation_id" uuid NOT NULL,
      "name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_d02b0d809d1cd3c3287376f840" ON "teams" ("organisation_id", "name")
    `);
    await queryRunner.query(`
      CREATE TABLE "users" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organisation_id" uuid NOT NULL,
      "email" text NOT NULL,
      "display_name" text NOT NULL,
      "role" "public"."user_role" NOT NULL,
      "password_hash" text NOT NULL,
      "active" boolean NOT NULL DEFAULT true,
      "last_login_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users" ("email")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_a154d523c4ffc3cb22d2bd2b35" ON "users" ("organisation_id", "role")
    `);
    await queryRunner.query(`
      CREATE TABLE "team_memberships" (
      "team_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "organisation_id" uuid NOT NULL,
      CONSTRAINT "PK_11c823f69a675c3f05d0fc31958" PRIMARY KEY ("team_id", "user_id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_765738c50e0445371234cf4888" ON "team_memberships" ("organisation_id", "user_id")
    `);
    await queryRunner.query(`
      ALTER TABLE "teams"
      ADD CONSTRAINT "FK_45cb34254b2fd4d4767707a522e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "users"
      ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "team_memberships"
      ADD CONSTRAINT "FK_b2476319d6bfbef51dd0a996eb1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "team_memberships"
      ADD CONSTRAINT "FK_b917b8603c6d5c526fcdb2009de" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "team_memberships"
      ADD CONSTRAINT "FK_c9eb2ded8e0e2f4bcb41fd0984a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm
    `);
    await queryRunner.query(`
      ALTER TABLE "users" ADD CONSTRAINT "CHK_users_email_lower" CHECK (email = lower(email))
    `);
    await queryRunner.query(`
      CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
      RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$
    `);
    await queryRunner.query(`
      CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON "access_log" FOR EACH ROW EXECUTE FUNCTION access_log_append_only()
    `);
    await queryRunner.query(`
      CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "access_log" FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only()
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER access_log_no_truncate ON "access_log"
    `);
    await queryRunner.query(`
      DROP TRIGGER access_log_no_update_delete ON "access_log"
    `);
    await queryRunner.query(`
      DROP FUNCTION access_log_append_only()
    `);
    await queryRunner.query(`
      ALTER TABLE "users" DROP CONSTRAINT "CHK_users_email_lower"
    `);
    await queryRunner.query(`
      ALTER TABLE "team_memberships" DROP CONSTRAINT "FK_c9eb2ded8e0e2f4bcb41fd0984a"
    `);
    await queryRunner.query(`
      ALTER TABLE "team_memberships" DROP CONSTRAINT "FK_b917b8603c6d5c526fcdb2009de"
    `);
    await queryRunner.query(`
      ALTER TABLE "team_memberships" DROP CONSTRAINT "FK_b2476319d6bfbef51dd0a996eb1"
    `);
    await queryRunner.query(`
      ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"
    `);
    await queryRunner.query(`
      ALTER TABLE "teams" DROP CONSTRAINT "FK_45cb34254b2fd4d4767707a522e"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_765738c50e0445371234cf4888"
    `);
    await queryRunner.query(`
      DROP TABLE "team_memberships"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_a154d523c4ffc3cb22d2bd2b35"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"
    `);
    await queryRunner.query(`
      DROP TABLE "users"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_d02b0d809d1cd3c3287376f840"
    `);
    await queryRunner.query(`
      DROP TABLE "teams"
    `);
    await queryRunner.query(`
      DROP TABLE "organisations"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_9cfe37d28c3b229a350e086d94"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"
    `);
    await queryRunner.query(`
      DROP TABLE "sessions"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_c2872575da9b2869ffd49d77e0"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_21cf7fa29d6596c229c29a7dc5"
    `);
    await queryRunner.query(`
      DROP TABLE "login_attempts"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_6b6f03f6b6957b21617f5db734"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_a001f4fb5e5b6cca27107ea06d"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_d9674efb9db2b9c26fb32e3839"
    `);
    await queryRunner.query(`
      DROP TABLE "access_log"
    `);
    await queryRunner.query(`
      DROP TYPE "public"."access_outcome"
    `);
    await queryRunner.query(`
      DROP TYPE "public"."access_action"
    `);
    await queryRunner.query(`
      DROP TYPE "public"."user_role"
    `);
  }
}
