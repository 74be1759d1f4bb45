import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIsoDate } from '@naast/api-core';
import type { UpdateCaseRequest } from '@naast/contracts';
import { IsInt, IsOptional, Min } from 'class-validator';
import { CreateCaseDto } from './create-case.dto';

/** Only the fields sent change; a required field cannot be set to null (`skipNullProperties: false`). */
export class UpdateCaseDto
  extends PartialType(OmitType(CreateCaseDto, ['clientId', 'registeredOn', 'teamId'] as const), {
    skipNullProperties: false,
  })
  implements UpdateCaseRequest
{
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-11-20',
    description: 'Not before registration, not in the future.',
  })
  @IsOptional()
  @IsIsoDate({ after: '1999-12-31', notInFuture: true })
  firstContactOn?: string | null;
}
