import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ClientSearchQuery } from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, toSearchText } from '@naast/api-core';

export class ClientSearchQueryDto extends PageQueryDto implements ClientSearchQuery {
  @ApiPropertyOptional({ description: 'Part of a name; misspellings are tolerated.', maxLength: 100 })
  @IsOptional()
  @Transform(toSearchText)
  @IsString()
  @MaxLength(100)
  q?: string;
}
