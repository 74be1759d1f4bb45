import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, Roles, type Actor } from '@naast/api-core';
import { ApiPaths, type ReachParty, type ReachReport } from '@naast/contracts';
import { ReachQueryDto } from './dto/reach-query.dto';
import { reachCsv, reachPdf } from './reach-export';
import { ReachService } from './reach.service';

/**
 * The reach report for a commissioning party. Aggregates only, for the whole organisation: team
 * leads account for reach to the gemeente or zorgkantoor; administrators see aggregates, no client.
 */
@ApiTags('reach')
@Controller(ApiPaths.reach)
export class ReachController {
  constructor(private readonly reach: ReachService) {}

  @Get('parties')
  @Roles('team_lead', 'admin')
  @ApiOkResponse({ description: 'The commissioning parties named on the organisation’s cases.' })
  parties(@CurrentActor() actor: Actor): Promise<ReachParty[]> {
    return this.reach.parties(actor);
  }

  @Get()
  @Roles('team_lead', 'admin')
  @ApiOkResponse({ description: 'Every count as a band of five; 0–4 as "< 5".' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A field of the query is wrong; the answer names it.' })
  report(@CurrentActor() actor: Actor, @Query() query: ReachQueryDto): Promise<ReachReport> {
    return this.reach.report(actor, query);
  }

  @Get('export.csv')
  @Roles('team_lead', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The report as semicolon-separated values.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A field of the query is wrong; the answer names it.' })
  async exportCsv(@CurrentActor() actor: Actor, @Query() query: ReachQueryDto): Promise<StreamableFile> {
    const report = await this.reach.report(actor, query, 'csv');
    return new StreamableFile(reachCsv(report), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="bereik-${report.period.from}-${report.period.to}.csv"`,
    });
  }

  @Get('export.pdf')
  @Roles('team_lead', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The report as a PDF.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A field of the query is wrong; the answer names it.' })
  async exportPdf(@CurrentActor() actor: Actor, @Query() query: ReachQueryDto): Promise<StreamableFile> {
    const report = await this.reach.report(actor, query, 'pdf');
    return new StreamableFile(await reachPdf(report, await this.reach.issuer(actor)), {
      type: 'application/pdf',
      disposition: `attachment; filename="bereik-${report.period.from}-${report.period.to}.pdf"`,
    });
  }
}
