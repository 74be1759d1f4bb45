import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate, trimString } from '@naast/api-core';
import { COMMISSIONING_PARTY_KINDS, type CommissioningPartyKind, type ReachQuery } from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';

export class ReachQueryDto implements ReachQuery {
  @ApiProperty({ enum: COMMISSIONING_PARTY_KINDS })
  @IsIn(COMMISSIONING_PARTY_KINDS, { message: `moet een van ${COMMISSIONING_PARTY_KINDS.join(', ')} zijn` })
  partyKind!: CommissioningPartyKind;

  @ApiProperty({ example: 'Gemeente Utrecht', description: 'As on the cases’ commissioning party.' })
  @Transform(trimString)
  @IsString({ message: 'moet tekst zijn' })
  @Length(1, 200, { message: 'moet 1 tot 200 tekens zijn' })
  partyName!: string;

  @ApiProperty({ example: '2026-01-01', description: 'First day of a calendar quarter.' })
  @IsIsoDate({ after: '1999-12-31' })
  from!: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last day of a calendar quarter of the same year.' })
  @IsIsoDate({ after: '1999-12-31' })
  to!: string;
}
