import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH, type AcknowledgeVisitRequest } from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';

const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

export class AcknowledgeVisitDto implements AcknowledgeVisitRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH, {
    message: `mag hoogstens ${ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH} tekens lang zijn`,
  })
  comment?: string | null;
}
