import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, PageQueryDto } from '@naast/api-core';
import type { AccessLogQuery } from '@naast/contracts';
import { IsOptional, IsUUID } from 'class-validator';

/** Period filters of the access log, as Dutch calendar days. */
export class AccessLogPeriodDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'From the start of this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Up to the end of this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class AccessLogQueryDto extends AccessLogPeriodDto implements AccessLogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only rows about this client.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  clientId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only rows of this user.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  userId?: string;
}
