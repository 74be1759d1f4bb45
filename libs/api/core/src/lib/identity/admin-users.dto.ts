import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AdminUserCreateRequest,
  type AdminUserUpdateRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type Role,
  type TeamCreateRequest,
  type TeamDetail,
  type TeamMembersRequest,
  type TeamRenameRequest,
} from '@naast/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { trimString } from '../paging/query-params';
import { IsOptionalNonNull } from '../validation/optional';
import { UserRefDto } from './identity.dto';

export const DISPLAY_NAME_MAX_LENGTH = 120;
export const TEAM_NAME_MAX_LENGTH = 80;
const MAX_TEAMS = 50;
const MAX_MEMBERS = 1000;

const lowerCase = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class AdminUserCreateDto implements AdminUserCreateRequest {
  @ApiProperty({ example: 'nieuw@naast-utrecht.example' })
  @Transform(lowerCase)
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254, { message: 'mag hoogstens 254 tekens lang zijn' })
  email!: string;

  @ApiProperty({ maxLength: DISPLAY_NAME_MAX_LENGTH })
  @Transform(trimString)
  @IsString({ message: 'is verplicht' })
  @MinLength(1, { message: 'is verplicht' })
  @MaxLength(DISPLAY_NAME_MAX_LENGTH, { message: `mag hoogstens ${DISPLAY_NAME_MAX_LENGTH} tekens lang zijn` })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `moet een van ${ROLES.join(', ')} zijn` })
  role!: Role;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(MAX_TEAMS)
  @IsUUID('all', { each: true, message: 'moet een lijst van uuids zijn' })
  teamIds!: string[];

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'The initial password.' })
  @IsString({ message: 'is verplicht' })
  password!: string;
}

export class AdminUserUpdateDto implements AdminUserUpdateRequest {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: DISPLAY_NAME_MAX_LENGTH })
  @IsOptionalNonNull()
  @Transform(trimString)
  @IsString({ message: 'moet een tekst zijn' })
  @MinLength(1, { message: 'mag niet leeg zijn' })
  @MaxLength(DISPLAY_NAME_MAX_LENGTH, { message: `mag hoogstens ${DISPLAY_NAME_MAX_LENGTH} tekens lang zijn` })
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalNonNull()
  @IsIn(ROLES, { message: `moet een van ${ROLES.join(', ')} zijn` })
  role?: Role;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNonNull()
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(MAX_TEAMS)
  @IsUUID('all', { each: true, message: 'moet een lijst van uuids zijn' })
  teamIds?: string[];
}

export class TeamCreateDto implements TeamCreateRequest {
  @ApiProperty({ maxLength: TEAM_NAME_MAX_LENGTH })
  @Transform(trimString)
  @IsString({ message: 'is verplicht' })
  @MinLength(1, { message: 'is verplicht' })
  @MaxLength(TEAM_NAME_MAX_LENGTH, { message: `mag hoogstens ${TEAM_NAME_MAX_LENGTH} tekens lang zijn` })
  name!: string;
}

export class TeamRenameDto extends TeamCreateDto implements TeamRenameRequest {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;
}

export class TeamMembersDto implements TeamMembersRequest {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'moet een lijst zijn' })
  @ArrayMaxSize(MAX_MEMBERS)
  @IsUUID('all', { each: true, message: 'moet een lijst van uuids zijn' })
  userIds!: string[];
}

export class TeamDetailDto implements TeamDetail {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [UserRefDto] }) members!: UserRefDto[];
}

/** A state change (block, unblock) checked against the version read. */
export class VersionDto {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;
}
