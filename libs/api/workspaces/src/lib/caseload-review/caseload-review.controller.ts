import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, RateLimit, Roles, type Actor } from '@naast/api-core';
import {
  ApiPaths,
  CASELOAD_EXPORT_FORMATS,
  type CaseloadExportFormat,
  type CaseloadReview,
  type CaseloadReviewQuery,
} from '@naast/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { caseloadCsv, caseloadXlsx } from './caseload-export';
import { CaseloadReviewService } from './caseload-review.service';

export class CaseloadReviewQueryDto implements CaseloadReviewQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of your teams; without it, all teams you lead.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  teamId?: string;
}

export class CaseloadExportQueryDto extends CaseloadReviewQueryDto {
  @ApiProperty({ enum: CASELOAD_EXPORT_FORMATS })
  @IsIn(CASELOAD_EXPORT_FORMATS, { message: `moet een van ${CASELOAD_EXPORT_FORMATS.join(', ')} zijn` })
  format!: CaseloadExportFormat;
}

const CONTENT_TYPES: Record<CaseloadExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

@ApiTags('caseload-review')
@Controller(ApiPaths.caseloadReview)
export class CaseloadReviewController {
  constructor(private readonly caseload: CaseloadReviewService) {}

  @Get()
  @Roles('team_lead')
  @ApiOkResponse({ description: 'CaseloadReview of your teams, computed by the server.' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'A team you do not lead.' })
  review(@CurrentActor() actor: Actor, @Query() query: CaseloadReviewQueryDto): Promise<CaseloadReview> {
    return this.caseload.review(actor, query.teamId);
  }

  @Get('export')
  @Roles('team_lead')
  @RateLimit('export')
  @ApiOkResponse({ description: 'The per-supporter table with totals, as CSV or XLSX; written to the access log.' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'A team you do not lead.' })
  async export(@CurrentActor() actor: Actor, @Query() query: CaseloadExportQueryDto): Promise<StreamableFile> {
    const review = await this.caseload.reviewForExport(actor, query.teamId, query.format);
    const body = query.format === 'csv' ? caseloadCsv(review) : await caseloadXlsx(review);
    return new StreamableFile(body, {
      type: CONTENT_TYPES[query.format],
      disposition: `attachment; filename="caseload-${review.month}.${query.format}"`,
      length: body.length,
    });
  }
}
