import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import type { UpdateClientRequest } from '@naast/contracts';
import { IsInt, Min } from 'class-validator';
import { CreateClientDto } from './create-client.dto';

/**
 * Every field optional, but a required field may not be set to null:
 * `skipNullProperties: false` keeps validating null values.
 */
export class UpdateClientDto
  extends PartialType(OmitType(CreateClientDto, ['teamId'] as const), { skipNullProperties: false })
  implements UpdateClientRequest
{
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;
}
