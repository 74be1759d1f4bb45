import { ApiPropertyOptional } from '@nestjs/swagger';
import type { Role, UserListQuery } from '@naast/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

/** Pickers choose among the people who work on cases; administrators are not among them. */
export const COLLEAGUE_ROLES = ['supporter', 'volunteer', 'team_lead'] as const satisfies readonly Role[];

export class UserListQueryDto implements UserListQuery {
  @ApiPropertyOptional({ enum: COLLEAGUE_ROLES })
  @IsOptional()
  @IsIn(COLLEAGUE_ROLES, { message: `moet een van ${COLLEAGUE_ROLES.join(', ')} zijn` })
  role?: (typeof COLLEAGUE_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only members of this team.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  teamId?: string;
}
