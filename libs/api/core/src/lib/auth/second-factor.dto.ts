import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecoveryCodes, SecondFactorEnrolment, SecondFactorRequest, SecondFactorStatus } from '@naast/contracts';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const CODE_PATTERN = /^\d{6}$/;
const CODE_MESSAGE = 'moet een code van 6 cijfers zijn';

export class SecondFactorCodeDto {
  @ApiProperty({ example: '123456', description: 'The six digits the authenticator app shows now.' })
  @IsString({ message: CODE_MESSAGE })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;
}

/** Exactly one of the two; the controller refuses both or neither. */
export class SecondFactorVerifyDto implements SecondFactorRequest {
  @ApiPropertyOptional({ example: '123456' })
  @IsOptional()
  @IsString({ message: CODE_MESSAGE })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ example: 'abcd-efgh-jkmn-pqrs', description: 'One of the ten recovery codes; single use.' })
  @IsOptional()
  @IsString({ message: 'moet een herstelcode zijn' })
  @MaxLength(40, { message: 'is te lang voor een herstelcode' })
  recoveryCode?: string;
}

export class SecondFactorEnrolmentDto implements SecondFactorEnrolment {
  @ApiProperty({ example: 'otpauth://totp/Naast:user%40example.org?issuer=Naast&secret=...' }) otpauthUri!: string;
  @ApiProperty({ description: 'Base32, for typing into the app by hand.' }) secret!: string;
  @ApiProperty({ description: 'The otpauth URI as a QR code (SVG markup).' }) qrSvg!: string;
}

export class RecoveryCodesDto implements RecoveryCodes {
  @ApiProperty({ type: [String], description: 'Shown once; only hashes are stored.' }) recoveryCodes!: string[];
}

export class SecondFactorStatusDto implements SecondFactorStatus {
  @ApiProperty() enrolled!: boolean;
  @ApiProperty({ type: String, nullable: true }) enrolledAt!: string | null;
  @ApiProperty({ description: 'Whether the role or the organisation policy requires a second factor.' })
  required!: boolean;
  @ApiProperty() unusedRecoveryCodes!: number;
}
