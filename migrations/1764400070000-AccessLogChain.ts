import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes the access log tamper-evident (NEN 7513): each user's rows form a hash chain. On insert the
 * database numbers the row in its user's chain, links it to the hash of the user's previous row and
 * hashes it with every column (`access_log_digest`, the one definition the check uses too). Chains per
 * user, not one for the whole table, so that concurrent requests of different users never wait for
 * each other; a per-user advisory lock orders one user's concurrent inserts.
 *
 * A changed row no longer matches its hash; a removed row leaves a gap in the numbering and a broken
 * link; rewriting a chain's whole tail is only visible against a published chain head (see
 * docs/security.md). Rows that existed before are chained here, in the order they were written.
 */
export class AccessLogChain1764400070000 implements MigrationInterface {
  name = 'AccessLogChain1764400070000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "access_log"
        ADD "chain_seq" bigint,
        ADD "prev_hash" bytea,
        ADD "hash" bytea
    `);
    // The canonical text of a row: its columns as a row literal (NULL and '' differ there), the time
    // in UTC by to_char, so that any session computes the same. Cheaper than a JSON text of the row.
    await queryRunner.query(`
      CREATE FUNCTION access_log_digest(r access_log) RETURNS bytea
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN sha256(r.prev_hash || convert_to(ROW(
        r.chain_seq, r.id, to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        r.organisation_id, r.user_id, r.role, r.client_id, r.entity, r.entity_id, r.action, r.outcome,
        r.request_id, r.ip, r.detail
      )::text, 'UTF8'))
    `);
    // Existing rows, chained per user in the order they were written (the append-only trigger is
    // paused for this one migration step only).
    await queryRunner.query(`ALTER TABLE "access_log" DISABLE TRIGGER access_log_no_update_delete`);
    await queryRunner.query(`
      DO $$
      DECLARE
        r access_log%ROWTYPE;
        current_user_id uuid;
        previous bytea;
        seq bigint;
      BEGIN
        FOR r IN SELECT * FROM access_log ORDER BY user_id, id LOOP
          IF current_user_id IS DISTINCT FROM r.user_id THEN
            current_user_id := r.user_id;
            previous := ''::bytea;
            seq := 0;
          END IF;
          seq := seq + 1;
          r.chain_seq := seq;
          r.prev_hash := previous;
          previous := access_log_digest(r);
          UPDATE access_log SET chain_seq = seq, prev_hash = r.prev_hash, hash = previous WHERE id = r.id;
        END LOOP;
      END $$
    `);
    await queryRunner.query(`ALTER TABLE "access_log" ENABLE TRIGGER access_log_no_update_delete`);
    await queryRunner.query(`
      ALTER TABLE "access_log"
        ALTER "chain_seq" SET NOT NULL,
        ALTER "prev_hash" SET NOT NULL,
        ALTER "hash" SET NOT NULL
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_09313025d27141acb41a5c90e7" ON "access_log" ("user_id", "chain_seq")
    `);
    await queryRunner.query(`
      CREATE FUNCTION access_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last_row record;
      BEGIN
        -- One user's inserts take turns until their transaction ends; other users' never wait.
        PERFORM pg_advisory_xact_lock(7514, hashtext(NEW.user_id::text));
        SELECT chain_seq, hash INTO last_row FROM access_log
          WHERE user_id = NEW.user_id ORDER BY chain_seq DESC LIMIT 1;
        NEW.chain_seq := coalesce(last_row.chain_seq, 0) + 1;
        NEW.prev_hash := coalesce(last_row.hash, ''::bytea);
        NEW.hash := access_log_digest(NEW);
        RETURN NEW;
      END;
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER access_log_chain BEFORE INSERT ON "access_log" FOR EACH ROW EXECUTE FUNCTION access_log_chain()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER access_log_chain ON "access_log"`);
    await queryRunner.query(`DROP FUNCTION access_log_chain()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09313025d27141acb41a5c90e7"`);
    await queryRunner.query(`DROP FUNCTION access_log_digest(access_log)`);
    await queryRunner.query(
      `ALTER TABLE "access_log" DROP COLUMN "hash", DROP COLUMN "prev_hash", DROP COLUMN "chain_seq"`,
    );
  }
}
