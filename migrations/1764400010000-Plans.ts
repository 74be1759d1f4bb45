import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support plans: one living plan per case with goals (domains, dependencies), actions, fixed versions
 * and evaluations; and contact details of the organisation for documents given to clients.
 * Generated from the entities, then completed by hand: the trigger that keeps fixed versions as they were.
 */
export class Plans1764400010000 implements MigrationInterface {
  name = 'Plans1764400010000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."plan_agreement_method" AS ENUM('signed', 'verbal', 'representative')
        `);
    await queryRunner.query(`
            CREATE TABLE "plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "agreed_on" date,
                "agreement_method" "public"."plan_agreement_method",
                "next_evaluation_on" date,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "plans_agreement_complete" CHECK ((agreed_on IS NULL) = (agreement_method IS NULL)),
                CONSTRAINT "plans_version_positive" CHECK (version >= 1),
                CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3482311d86819e28ebd3d764ca" ON "plans" ("organisation_id", "next_evaluation_on")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c08e1ac30c14a56181884c4e34" ON "plans" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."plan_goal_status" AS ENUM('open', 'in_progress', 'achieved', 'stopped')
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_goals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" text NOT NULL,
                "desired_outcome" text,
                "status" "public"."plan_goal_status" NOT NULL DEFAULT 'open',
                "stopped_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "plan_goals_stopped_reason" CHECK (
                    (status = 'stopped') = (stopped_reason IS NOT NULL)
                ),
                CONSTRAINT "plan_goals_desired_outcome_length" CHECK (
                    desired_outcome IS NULL
                    OR char_length(desired_outcome) <= 2000
                ),
                CONSTRAINT "plan_goals_title_length" CHECK (
                    char_length(title) BETWEEN 1 AND 300
                ),
                CONSTRAINT "plan_goals_version_positive" CHECK (version >= 1),
                CONSTRAINT "PK_3c94e7ff165c29164dcf51676ac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_12fbb9b63f8855a0513a15dc41" ON "plan_goals" ("plan_id", "position")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."plan_action_owner_kind" AS ENUM(
                'client',
                'supporter',
                'volunteer',
                'network',
                'external'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."plan_action_status" AS ENUM('open', 'done', 'cancelled')
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_actions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "goal_id" uuid NOT NULL,
                "description" text NOT NULL,
                "owner_kind" "public"."plan_action_owner_kind" NOT NULL,
                "owner_user_id" uuid,
                "owner_name" text,
                "due_on" date,
                "status" "public"."plan_action_status" NOT NULL DEFAULT 'open',
                "done_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "plan_actions_done_on" CHECK ((status = 'done') = (done_on IS NOT NULL)),
                CONSTRAINT "plan_actions_owner_name" CHECK (
                    (owner_kind IN ('network', 'external')) = (owner_name IS NOT NULL)
                    AND (
                        owner_name IS NULL
                        OR char_length(owner_name) BETWEEN 1 AND 200
                    )
                ),
                CONSTRAINT "plan_actions_owner_user" CHECK (
                    (owner_kind IN ('supporter', 'volunteer')) = (owner_user_id IS NOT NULL)
                ),
                CONSTRAINT "plan_actions_description_length" CHECK (
                    char_length(description) BETWEEN 1 AND 500
                ),
                CONSTRAINT "plan_actions_version_positive" CHECK (version >= 1),
                CONSTRAINT "PK_c835bdda7f4948a712944d89e29" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_533cb6bbe7f1d03a2f6f2d83c0" ON "plan_actions" ("organisation_id", "owner_user_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5291a60302a81d2dcc2c46ae35" ON "plan_actions" ("plan_id", "goal_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_evaluations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "evaluated_on" date NOT NULL,
                "summary" text,
                "goals" jsonb NOT NULL,
                "next_evaluation_on" date,
                "evaluated_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2040352f7a9bbcc29f48eadeaf4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fcc3a94e50b9a4993e25ba93ac" ON "plan_evaluations" ("plan_id", "evaluated_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_goal_dependencies" (
                "goal_id" uuid NOT NULL,
                "depends_on_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "plan_goal_dependencies_not_self" CHECK (goal_id <> depends_on_id),
                CONSTRAINT "PK_a78a8109a2238a77dd5aa2ffd40" PRIMARY KEY ("goal_id", "depends_on_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4e7f778e19d157762286d4d23c" ON "plan_goal_dependencies" ("depends_on_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_goal_domains" (
                "goal_id" uuid NOT NULL,
                "domain_code" text NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "PK_17a70fd800a6acf09b85baba251" PRIMARY KEY ("goal_id", "domain_code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4ef669191254f6534dfeac9688" ON "plan_goal_domains" ("organisation_id", "domain_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "snapshot" jsonb NOT NULL,
                "note" text,
                "fixed_by_id" uuid NOT NULL,
                "fixed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "plan_versions_number_positive" CHECK (number >= 1),
                CONSTRAINT "PK_dd2f605d45f2679a86a7c1c5b20" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_79b64292ff25adbb81527139fc" ON "plan_versions" ("plan_id", "number")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "phone" text
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "email" text
        `);
    await queryRunner.query(`
            ALTER TABLE "plans"
            ADD CONSTRAINT "FK_c08e1ac30c14a56181884c4e34e" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plans"
            ADD CONSTRAINT "FK_fec31105252dbfca71d5ba6e1e9" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plans"
            ADD CONSTRAINT "FK_c0516f444eab1e645323c7641b6" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goals"
            ADD CONSTRAINT "FK_64182bf2fa7c642eb9267e7053a" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goals"
            ADD CONSTRAINT "FK_fde5126f2cf9c8338d1bd0dcfdc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions"
            ADD CONSTRAINT "FK_8cc0b96651ab5867e0e83ec442e" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions"
            ADD CONSTRAINT "FK_9880db610dd3893b2b56070ab31" FOREIGN KEY ("goal_id") REFERENCES "plan_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions"
            ADD CONSTRAINT "FK_a766263fc8e5e14d748b767e09d" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions"
            ADD CONSTRAINT "FK_ee33a7ee3367b172fba04407629" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_evaluations"
            ADD CONSTRAINT "FK_d77c6e4fe5f2382f238437374bd" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_evaluations"
            ADD CONSTRAINT "FK_8ec26219fc790b4879acb9b2b9d" FOREIGN KEY ("evaluated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_evaluations"
            ADD CONSTRAINT "FK_1be98b86365493a3008e31ffdd7" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_dependencies"
            ADD CONSTRAINT "FK_e8360f33c81aec6bcd34a21a917" FOREIGN KEY ("goal_id") REFERENCES "plan_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_dependencies"
            ADD CONSTRAINT "FK_4e7f778e19d157762286d4d23c4" FOREIGN KEY ("depends_on_id") REFERENCES "plan_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_dependencies"
            ADD CONSTRAINT "FK_a2a283e658e0122105f6979f56e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_domains"
            ADD CONSTRAINT "FK_ee31b8c47d9dfd121807b87083b" FOREIGN KEY ("goal_id") REFERENCES "plan_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_domains"
            ADD CONSTRAINT "FK_8f34ca872c31d5d74821e973a27" FOREIGN KEY ("domain_code") REFERENCES "domains"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_domains"
            ADD CONSTRAINT "FK_450b56f4d149b54333e932be0ab" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_versions"
            ADD CONSTRAINT "FK_b504a5b710ec5832245809b7bce" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_versions"
            ADD CONSTRAINT "FK_733b08f2532c525e2aa3a75d8ce" FOREIGN KEY ("fixed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_versions"
            ADD CONSTRAINT "FK_d7e6fa26583de38003f9a104f4e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // A fixed version is what the client agreed to: never changed or removed afterwards.
    await queryRunner.query(`
            CREATE FUNCTION plan_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'plan_versions is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER plan_versions_no_update_delete BEFORE UPDATE OR DELETE ON "plan_versions"
            FOR EACH ROW EXECUTE FUNCTION plan_versions_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER plan_versions_no_truncate BEFORE TRUNCATE ON "plan_versions"
            FOR EACH STATEMENT EXECUTE FUNCTION plan_versions_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "plan_versions_no_truncate" ON "plan_versions"
        `);
    await queryRunner.query(`
            DROP TRIGGER "plan_versions_no_update_delete" ON "plan_versions"
        `);
    await queryRunner.query(`
            DROP FUNCTION plan_versions_append_only()
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_versions" DROP CONSTRAINT "FK_d7e6fa26583de38003f9a104f4e"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_versions" DROP CONSTRAINT "FK_733b08f2532c525e2aa3a75d8ce"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_versions" DROP CONSTRAINT "FK_b504a5b710ec5832245809b7bce"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_domains" DROP CONSTRAINT "FK_450b56f4d149b54333e932be0ab"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_domains" DROP CONSTRAINT "FK_8f34ca872c31d5d74821e973a27"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_domains" DROP CONSTRAINT "FK_ee31b8c47d9dfd121807b87083b"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_dependencies" DROP CONSTRAINT "FK_a2a283e658e0122105f6979f56e"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_dependencies" DROP CONSTRAINT "FK_4e7f778e19d157762286d4d23c4"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goal_dependencies" DROP CONSTRAINT "FK_e8360f33c81aec6bcd34a21a917"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_evaluations" DROP CONSTRAINT "FK_1be98b86365493a3008e31ffdd7"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_evaluations" DROP CONSTRAINT "FK_8ec26219fc790b4879acb9b2b9d"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_evaluations" DROP CONSTRAINT "FK_d77c6e4fe5f2382f238437374bd"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_ee33a7ee3367b172fba04407629"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_a766263fc8e5e14d748b767e09d"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_9880db610dd3893b2b56070ab31"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_actions" DROP CONSTRAINT "FK_8cc0b96651ab5867e0e83ec442e"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goals" DROP CONSTRAINT "FK_fde5126f2cf9c8338d1bd0dcfdc"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_goals" DROP CONSTRAINT "FK_64182bf2fa7c642eb9267e7053a"
        `);
    await queryRunner.query(`
            ALTER TABLE "plans" DROP CONSTRAINT "FK_c0516f444eab1e645323c7641b6"
        `);
    await queryRunner.query(`
            ALTER TABLE "plans" DROP CONSTRAINT "FK_fec31105252dbfca71d5ba6e1e9"
        `);
    await queryRunner.query(`
            ALTER TABLE "plans" DROP CONSTRAINT "FK_c08e1ac30c14a56181884c4e34e"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "email"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "phone"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_79b64292ff25adbb81527139fc"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4ef669191254f6534dfeac9688"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_goal_domains"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4e7f778e19d157762286d4d23c"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_goal_dependencies"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fcc3a94e50b9a4993e25ba93ac"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_evaluations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5291a60302a81d2dcc2c46ae35"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_533cb6bbe7f1d03a2f6f2d83c0"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_actions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."plan_action_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."plan_action_owner_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_12fbb9b63f8855a0513a15dc41"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_goals"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."plan_goal_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c08e1ac30c14a56181884c4e34"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3482311d86819e28ebd3d764ca"
        `);
    await queryRunner.query(`
            DROP TABLE "plans"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."plan_agreement_method"
        `);
  }
}
