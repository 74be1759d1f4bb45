import { ApiProperty } from '@nestjs/swagger';
import { type AdminUserView, ROLES, type Role, type TeamView, type UserRef } from '@naast/contracts';

class TeamRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class AdminUserDto implements AdminUserView {
  @ApiProperty() id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() email!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [TeamRefDto] }) teams!: TeamRefDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastLoginAt!: string | null;
  @ApiProperty() secondFactorEnrolled!: boolean;
  @ApiProperty() version!: number;
}

export class TeamDto implements TeamView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() memberCount!: number;
  @ApiProperty() version!: number;
}

/** A colleague as lists and pickers show them. */
export class UserRefDto implements UserRef {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Sanne de Boer' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}
