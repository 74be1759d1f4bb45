import { ApiPropertyOptional } from '@nestjs/swagger';
import { SearchablePageQueryDto, toBoolean, toStringArray } from '@naast/api-core';
import {
  CASE_ATTENTIONS,
  CASE_SORTS,
  CASE_STATUSES,
  DOMAIN_CODES,
  type CaseAttention,
  type CaseListQuery,
  type CaseSort,
  type CaseStatus,
  type DomainCode,
} from '@naast/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

/** The list starts with the newest registrations: a stable order while paging (updatedAt moves). */
export const DEFAULT_CASE_SORT: CaseSort = '-registeredOn';

export class CaseListQueryDto extends SearchablePageQueryDto implements Omit<CaseListQuery, 'q'> {
  @ApiPropertyOptional({ enum: CASE_STATUSES, isArray: true, description: 'Repeat or comma-separate for several.' })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(CASE_STATUSES.length * 2)
  @IsIn(CASE_STATUSES, { each: true, message: `moet bestaan uit ${CASE_STATUSES.join(', ')}` })
  status?: CaseStatus[];

  @ApiPropertyOptional({ enum: DOMAIN_CODES, isArray: true, description: 'Cases touching any of these domains.' })
  @IsOptional()
  @Transform(toStringArray)
  @IsArray()
  @ArrayMaxSize(DOMAIN_CODES.length * 2)
  @IsIn(DOMAIN_CODES, { each: true, message: `moet bestaan uit ${DOMAIN_CODES.join(', ')}` })
  domain?: DomainCode[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Lead supporter.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  supporterId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  teamId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  clientId?: string;

  @ApiPropertyOptional({ description: 'Cases I lead (supporter, team lead) or am linked to (volunteer).' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'moet true of false zijn' })
  mine?: boolean;

  @ApiPropertyOptional({ enum: CASE_ATTENTIONS, description: 'Drill-down: only cases needing this attention.' })
  @IsOptional()
  @IsIn(CASE_ATTENTIONS, { message: `moet een van ${CASE_ATTENTIONS.join(', ')} zijn` })
  attention?: CaseAttention;

  @ApiPropertyOptional({ enum: CASE_SORTS, default: DEFAULT_CASE_SORT })
  @IsOptional()
  @IsIn(CASE_SORTS, { message: `moet een van ${CASE_SORTS.join(', ')} zijn` })
  sort?: CaseSort;
}
