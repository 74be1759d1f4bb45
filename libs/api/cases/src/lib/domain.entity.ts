import { DOMAIN_CODES, type DomainCode } from '@naast/contracts';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The nine Wmo life domains: reference data shared by every organisation (no organisation_id),
 * seeded by migration with the stable codes of `DOMAINS` in the contracts.
 */
@Entity('domains')
@Check('domains_code_known', `code IN (${DOMAIN_CODES.map((c) => `'${c}'`).join(', ')})`)
export class DomainEntity {
  @PrimaryColumn({ type: 'text' })
  code!: DomainCode;

  @Column({ type: 'text' })
  labelNl!: string;

  @Column({ type: 'text' })
  labelEn!: string;

  @Column({ type: 'boolean' })
  isPrimary!: boolean;

  @Column({ type: 'int', unique: true })
  position!: number;
}
