import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `cases.domain_codes`: the case's domain codes in the domains' order, maintained next to
 * `domain_count` by the same trigger function (migration CaseloadFacts), so a team's domain mix is
 * counted from the cases' index alone instead of probing `case_domains` once per case.
 */
export class CaseDomainCodes1764400160000 implements MigrationInterface {
  name = 'CaseDomainCodes1764400160000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "domain_codes" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION cases_refresh_domain_count(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE cases k SET domain_count = cardinality(f.codes), domain_codes = f.codes
          FROM (SELECT c.id, ARRAY(SELECT cd.domain_code FROM case_domains cd JOIN domains d ON d.code = cd.domain_code
                                    WHERE cd.case_id = c.id ORDER BY d.position) AS codes
                  FROM cases c WHERE c.id = ANY(ids)) f
         WHERE k.id = f.id AND k.domain_codes IS DISTINCT FROM f.codes
      $$
    `);
    await queryRunner.query(`
      UPDATE cases k SET domain_codes = f.codes
        FROM (SELECT cd.case_id, array_agg(cd.domain_code ORDER BY d.position) AS codes
                FROM case_domains cd JOIN domains d ON d.code = cd.domain_code GROUP BY cd.case_id) f
       WHERE k.id = f.case_id
    `);
    await queryRunner.query(`DROP INDEX "public"."cases_team_facts"`);
    await queryRunner.query(`
      CREATE INDEX "cases_team_facts" ON "cases" ("organisation_id", "team_id")
        INCLUDE ("id", "lead_supporter_id", "status", "registered_on", "closed_on", "first_contact_on",
                 "last_visit_on", "domain_count", "domain_codes", "referral_source")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."cases_team_facts"`);
    await queryRunner.query(`
      CREATE INDEX "cases_team_facts" ON "cases" ("organisation_id", "team_id")
        INCLUDE ("id", "lead_supporter_id", "status", "registered_on", "closed_on", "first_contact_on",
                 "last_visit_on", "domain_count", "referral_source")`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION cases_refresh_domain_count(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE cases k SET domain_count = f.n
          FROM (SELECT c.id, (SELECT count(*) FROM case_domains cd WHERE cd.case_id = c.id) AS n
                  FROM cases c WHERE c.id = ANY(ids)) f
         WHERE k.id = f.id AND k.domain_count <> f.n
      $$
    `);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "domain_codes"`);
  }
}
