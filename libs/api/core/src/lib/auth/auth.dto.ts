import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest, Role, SecondFactorState, SessionUser, TeamRef } from '@naast/contracts';
import { ROLES, SECOND_FACTOR_STATES } from '@naast/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'supporter@naast-utrecht.example' })
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Naast-demo-2026!' })
  @IsString()
  @MinLength(1, { message: 'is verplicht' })
  @MaxLength(200)
  password!: string;
}

class TeamRefDto implements TeamRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

class OrganisationRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class SessionUserDto implements SessionUser {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: OrganisationRefDto }) organisation!: OrganisationRefDto;
  @ApiProperty({ type: [TeamRefDto] }) teams!: TeamRefDto[];
  @ApiProperty({
    enum: SECOND_FACTOR_STATES,
    description: 'code_required / enrolment_required: only the second-factor step is open until it is done.',
  })
  secondFactor!: SecondFactorState;
}
