import { ApiProperty, PartialType } from '@nestjs/swagger';
import { trimString } from '@naast/api-core';
import type { AmendVisitRequest } from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { AMENDMENT_REASON_MAX_LENGTH, AMENDMENT_REASON_MIN_LENGTH } from '../visit-amendment.entity';
import { CreateVisitDto } from './create-visit.dto';

/** The changed fields (a required field cannot become null), why, and the version it corrects. */
export class AmendVisitDto
  extends PartialType(CreateVisitDto, { skipNullProperties: false })
  implements AmendVisitRequest
{
  @ApiProperty({ minLength: AMENDMENT_REASON_MIN_LENGTH, maxLength: AMENDMENT_REASON_MAX_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(AMENDMENT_REASON_MIN_LENGTH, AMENDMENT_REASON_MAX_LENGTH, {
    message: `moet ${AMENDMENT_REASON_MIN_LENGTH} tot ${AMENDMENT_REASON_MAX_LENGTH} tekens lang zijn`,
  })
  reason!: string;

  @ApiProperty({ description: 'The version this correction is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;
}
