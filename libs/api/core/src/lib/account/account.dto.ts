import { ApiProperty } from '@nestjs/swagger';
import {
  type AccountSession,
  type EndedSessions,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordChangeRequest,
} from '@naast/contracts';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class AccountSessionDto implements AccountSession {
  @ApiProperty({ description: 'A digest of the session id.' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastActiveAt!: string;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty() current!: boolean;
}

export class EndedSessionsDto implements EndedSessions {
  @ApiProperty() ended!: number;
}

export class PasswordChangeDto implements PasswordChangeRequest {
  @ApiProperty()
  @IsString({ message: 'is verplicht' })
  @MinLength(1, { message: 'is verplicht' })
  // Generous: only to keep an absurd body away from the hasher; the policy names the real limit.
  @MaxLength(1024, { message: 'is te lang' })
  currentPassword!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not one of the most common passwords; no composition rules.',
  })
  @IsString({ message: 'is verplicht' })
  newPassword!: string;
}

export class EndSessionDto {
  @ApiProperty({ description: 'The id from the session list.', pattern: '^[0-9a-f]{64}$' })
  @IsString({ message: 'is verplicht' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'is geen sessie uit de lijst' })
  sessionId!: string;
}
