import { ApiProperty } from '@nestjs/swagger';
import { trimString } from '@naast/api-core';
import { MAX_ANONYMISATION_REASON_LENGTH, type AnonymiseClientRequest } from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class AnonymiseClientDto implements AnonymiseClientRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: MAX_ANONYMISATION_REASON_LENGTH,
    description: 'Why the client is anonymised now; kept in the run record, so it must not name the client.',
  })
  @Transform(trimString)
  @IsString({ message: 'moet tekst zijn' })
  @Length(1, MAX_ANONYMISATION_REASON_LENGTH, {
    message: `is verplicht: schrijf waarom (1 tot ${MAX_ANONYMISATION_REASON_LENGTH} tekens)`,
  })
  reason!: string;
}
