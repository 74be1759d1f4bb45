import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, ApiRecordErrors, CurrentActor, RateLimit, Roles, uuidParam, type Actor } from '@naast/api-core';
import {
  ApiPaths,
  type AccessLogEntryView,
  type ClientAccessView,
  type EmployeeAccessView,
  type InzageExport,
  type Page,
} from '@naast/contracts';
import { AccessLogViewerService } from './access-log-viewer.service';
import { AccessLogPeriodDto, AccessLogQueryDto } from './dto/access-log-query.dto';
import { InzageService } from './inzage/inzage.service';

/** Searching the access log: team leads for their teams, administrators for the organisation (no client names). */
@ApiTags('privacy')
@Controller(ApiPaths.accessLog)
export class AccessLogViewerController {
  constructor(private readonly viewer: AccessLogViewerService) {}

  @Get()
  @Roles('team_lead', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Newest first, keyset-paged. Viewing is itself logged.' })
  @ApiRecordErrors()
  search(@CurrentActor() actor: Actor, @Query() query: AccessLogQueryDto): Promise<Page<AccessLogEntryView>> {
    return this.viewer.search(actor, query);
  }

  @Get('users/:userId')
  @Roles('team_lead', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'What one employee accessed, newest first.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'A team lead asking about someone outside their teams.' })
  employee(
    @CurrentActor() actor: Actor,
    @Param('userId', uuidParam('userId')) userId: string,
    @Query() query: AccessLogPeriodDto,
  ): Promise<EmployeeAccessView> {
    return this.viewer.employee(actor, userId, query);
  }
}

/** For the client: who accessed their file (NEN 7513 ch. 9), and the inzage export of the whole file. */
@ApiTags('privacy')
@Controller(`${ApiPaths.clients}/:clientId`)
export class ClientPrivacyController {
  constructor(
    private readonly viewer: AccessLogViewerService,
    private readonly inzage: InzageService,
  ) {}

  @Get(ApiPaths.accessLog)
  @Roles('team_lead', 'supporter')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Who (function, organisation), what and when; oldest first, keyset-paged.' })
  @ApiRecordErrors()
  clientView(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
    @Query() query: AccessLogPeriodDto,
  ): Promise<ClientAccessView> {
    return this.viewer.clientView(actor, clientId, query);
  }

  @Get(`${ApiPaths.accessLog}.pdf`)
  @Roles('team_lead', 'supporter')
  @RateLimit('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The client’s view of the access log as a PDF to hand over.' })
  @ApiRecordErrors()
  async clientViewPdf(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.viewer.clientViewPdf(actor, clientId), {
      type: 'application/pdf',
      // No personal data in the file name: downloads folders are often shared.
      disposition: 'attachment; filename="toegangslog.pdf"',
    });
  }

  @Get(`${ApiPaths.inzage}.json`)
  @Roles('team_lead')
  @RateLimit('export')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Disposition', 'attachment; filename="inzage.json"')
  @ApiOkResponse({ description: 'Every stored row about the client and the client’s access log.' })
  @ApiRecordErrors()
  inzageJson(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
  ): Promise<InzageExport> {
    return this.inzage.export(actor, clientId, 'json');
  }

  @Get(`${ApiPaths.inzage}.pdf`)
  @Roles('team_lead')
  @RateLimit('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The inzage export as a readable Dutch PDF.' })
  @ApiRecordErrors()
  async inzagePdf(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.inzage.pdf(actor, clientId), {
      type: 'application/pdf',
      disposition: 'attachment; filename="inzage.pdf"',
    });
  }
}
