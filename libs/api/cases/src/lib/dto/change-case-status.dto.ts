import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@naast/api-core';
import { CASE_STATUSES, type CaseStatus, type ChangeCaseStatusRequest } from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CLOSING_REASON_MAX_LENGTH } from '../case.entity';

export class ChangeCaseStatusDto implements ChangeCaseStatusRequest {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;

  @ApiProperty({ enum: CASE_STATUSES })
  @IsIn(CASE_STATUSES, { message: `moet een van ${CASE_STATUSES.join(', ')} zijn` })
  status!: CaseStatus;

  @ApiPropertyOptional({ description: 'Required when closing or reopening.', maxLength: CLOSING_REASON_MAX_LENGTH })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(CLOSING_REASON_MAX_LENGTH)
  reason?: string;
}
