import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_SEARCH_NAME = "lower(given_name || ' ' || coalesce(family_name_prefix || ' ', '') || family_name)";
const OLD_SORT_NAME = "lower(family_name || ' ' || given_name)";
const NEW_SEARCH_NAME = "naast_fold(given_name || ' ' || coalesce(family_name_prefix || ' ', '') || family_name)";
const NEW_SORT_NAME = "naast_fold(family_name || ' ' || given_name)";

/**
 * Client names are searched and sorted without regard to accents: "Ozdemir" finds "Özdemir", and
 * "Anaïs" sorts with "Anais", as Dutch lists do. `naast_fold` is unaccent + lower, declared immutable
 * (with the dictionary named explicitly) so generated columns and indexes may use it. unaccent is a
 * trusted extension: the database owner may create it.
 */
export class AccentInsensitiveNames1764400060000 implements MigrationInterface {
  name = 'AccentInsensitiveNames1764400060000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`
      CREATE FUNCTION naast_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1))
    `);
    await this.replaceNameColumns(queryRunner, NEW_SEARCH_NAME, NEW_SORT_NAME);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.replaceNameColumns(queryRunner, OLD_SEARCH_NAME, OLD_SORT_NAME);
    await queryRunner.query(`DROP FUNCTION naast_fold(text)`);
  }

  /** A generated column's expression cannot change in place before PostgreSQL 17: drop and add it again. */
  private async replaceNameColumns(queryRunner: QueryRunner, searchName: string, sortName: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clients" DROP COLUMN "search_name", DROP COLUMN "sort_name"`);
    await queryRunner.query(`
      ALTER TABLE "clients"
        ADD "search_name" text GENERATED ALWAYS AS (${searchName}) STORED NOT NULL,
        ADD "sort_name" text GENERATED ALWAYS AS (${sortName}) STORED NOT NULL
    `);
    await queryRunner.query(
      `CREATE INDEX "clients_search_name_trgm" ON "clients" USING gin ("search_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4b4ff1ebee3c89ca5ad9d2b398" ON "clients" ("organisation_id", "sort_name", "id")`,
    );
    for (const [name, value] of [
      ['search_name', searchName],
      ['sort_name', sortName],
    ]) {
      await queryRunner.query(
        `UPDATE "typeorm_metadata" SET "value" = $2
          WHERE "type" = 'GENERATED_COLUMN' AND "database" = current_database() AND "schema" = 'public'
            AND "table" = 'clients' AND "name" = $1`,
        [name, value],
      );
    }
  }
}
