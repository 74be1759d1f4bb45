import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A client-support organisation: the tenant. Nothing is ever shared between two. */
@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Days without contact before a case is flagged. */
  @Column({ type: 'int', default: 30 })
  noContactDays!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
