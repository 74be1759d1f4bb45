import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@naast/api-core';
import type { ReassignCaseRequest } from '@naast/contracts';
import { IsOptionalNonNull } from '@naast/api-core';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { IndependenceOverrideDto } from './create-case.dto';

export const REASSIGN_REASON_MAX_LENGTH = 1000;

export class ReassignCaseDto implements ReassignCaseRequest {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;

  @ApiProperty({ format: 'uuid', description: 'An active supporter or team lead of the case’s team.' })
  @IsUUID('all', { message: 'moet een uuid zijn' })
  leadSupporterId!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: REASSIGN_REASON_MAX_LENGTH })
  @IsOptional()
  @Transform(trimString)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(REASSIGN_REASON_MAX_LENGTH)
  reason?: string | null;

  @ApiPropertyOptional({ type: IndependenceOverrideDto, description: 'Assign despite a tie to an involved party.' })
  @IsOptionalNonNull()
  @IsObject()
  @ValidateNested()
  @Type(() => IndependenceOverrideDto)
  independenceOverride?: IndependenceOverrideDto;
}
