import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facts the caseload figures read per case, kept next to the rows they describe so that a team's
 * figures need no lookup per case: `cases.last_visit_on` (Dutch calendar day of the latest visit),
 * `cases.domain_count` (rows in `case_domains`) and `plans.overdue_from` (earliest due date of the
 * plan's open actions).
 *
 * The database maintains them with statement-level triggers that recompute the touched cases or
 * plans from their source rows, so every writer keeps them right: the API, the demo data and direct
 * corrections alike. They are facts, not edits: `version` and `updated_at` stay as they are.
 * A bulk load with `session_replication_role = replica` skips triggers and fills them itself.
 */
export class CaseloadFacts1764400080000 implements MigrationInterface {
  name = 'CaseloadFacts1764400080000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "last_visit_on" date`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "domain_count" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "overdue_from" date`);

    // The calendar day is the Dutch one (CALENDAR_TIME_ZONE in api-core).
    await queryRunner.query(`
      CREATE FUNCTION cases_refresh_last_visit_on(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE cases k SET last_visit_on = f.day
          FROM (SELECT c.id, (SELECT (max(v.occurred_at) AT TIME ZONE 'Europe/Amsterdam')::date FROM visits v
                               WHERE v.organisation_id = c.organisation_id AND v.case_id = c.id) AS day
                  FROM cases c WHERE c.id = ANY(ids)) f
         WHERE k.id = f.id AND k.last_visit_on IS DISTINCT FROM f.day
      $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION cases_refresh_domain_count(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE cases k SET domain_count = f.n
          FROM (SELECT c.id, (SELECT count(*) FROM case_domains cd WHERE cd.case_id = c.id) AS n
                  FROM cases c WHERE c.id = ANY(ids)) f
         WHERE k.id = f.id AND k.domain_count <> f.n
      $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION plans_refresh_overdue_from(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE plans p SET overdue_from = f.due
          FROM (SELECT q.id, (SELECT min(a.due_on) FROM plan_actions a
                               WHERE a.plan_id = q.id AND a.status = 'open') AS due
                  FROM plans q WHERE q.id = ANY(ids)) f
         WHERE p.id = f.id AND p.overdue_from IS DISTINCT FROM f.due
      $$
    `);
    // One trigger function per source table; the transition tables name the touched cases or plans.
    for (const [table, key, refresh] of FACT_SOURCES) {
      await queryRunner.query(`
        CREATE FUNCTION ${table}_caseload_facts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM ${refresh}(ARRAY(SELECT DISTINCT ${key} FROM new_rows));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM ${refresh}(ARRAY(SELECT DISTINCT ${key} FROM old_rows));
          ELSE
            PERFORM ${refresh}(ARRAY(SELECT ${key} FROM new_rows UNION SELECT ${key} FROM old_rows));
          END IF;
          RETURN NULL;
        END $$
      `);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_facts_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${table}_caseload_facts()
      `);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_facts_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${table}_caseload_facts()
      `);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_facts_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${table}_caseload_facts()
      `);
    }

    // Existing rows, set-wise.
    await queryRunner.query(`
      UPDATE cases k SET last_visit_on = f.day
        FROM (SELECT v.case_id, (max(v.occurred_at) AT TIME ZONE 'Europe/Amsterdam')::date AS day
                FROM visits v GROUP BY v.case_id) f
       WHERE k.id = f.case_id
    `);
    await queryRunner.query(`
      UPDATE cases k SET domain_count = f.n
        FROM (SELECT cd.case_id, count(*) AS n FROM case_domains cd GROUP BY cd.case_id) f
       WHERE k.id = f.case_id
    `);
    await queryRunner.query(`
      UPDATE plans p SET overdue_from = f.due
        FROM (SELECT a.plan_id, min(a.due_on) AS due FROM plan_actions a WHERE a.status = 'open' GROUP BY a.plan_id) f
       WHERE p.id = f.plan_id
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of [...FACT_SOURCES].reverse()) {
      for (const event of ['delete', 'update', 'insert'])
        await queryRunner.query(`DROP TRIGGER ${table}_facts_${event} ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION ${table}_caseload_facts()`);
    }
    await queryRunner.query(`DROP FUNCTION plans_refresh_overdue_from(uuid[])`);
    await queryRunner.query(`DROP FUNCTION cases_refresh_domain_count(uuid[])`);
    await queryRunner.query(`DROP FUNCTION cases_refresh_last_visit_on(uuid[])`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "overdue_from"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "domain_count"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "last_visit_on"`);
  }
}

/** Source table, the column naming the case or plan it describes, and the function that recomputes it. */
const FACT_SOURCES: readonly (readonly [string, string, string])[] = [
  ['visits', 'case_id', 'cases_refresh_last_visit_on'],
  ['case_domains', 'case_id', 'cases_refresh_domain_count'],
  ['plan_actions', 'plan_id', 'plans_refresh_overdue_from'],
];
