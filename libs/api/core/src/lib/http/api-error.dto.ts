import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiError, FieldError } from '@naast/contracts';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'address.postcode' })
  field!: string;

  @ApiProperty({ example: 'must be a Dutch postcode such as 3511 AB' })
  reason!: string;
}

/** The shape of every error answer (OpenAPI). */
export class ApiErrorDto implements ApiError {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'Invalid input' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  details?: FieldErrorDto[];

  @ApiPropertyOptional({ description: 'On 409: the current state of the resource.' })
  current?: unknown;
}
