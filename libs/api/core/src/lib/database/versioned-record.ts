import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns every editable record shares: when it was made and last changed, and the version
 * that optimistic locking checks in the UPDATE itself (`… AND version = $n`, then `version + 1`),
 * since TypeORM's save() does not.
 */
export abstract class VersionedRecord {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
