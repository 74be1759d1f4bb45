import { Body, Controller, Get, Header, Param, Post, Put, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorDto, ApiRecordErrors, CurrentActor, Roles, uuidParam, type Actor } from '@naast/api-core';
import { ApiPaths, type CaseIndependenceView, type RoleCardTextView, type RoleCardView } from '@naast/contracts';
import { CaseIndependenceService } from './case-independence.service';
import { RecordOverrideDto, SaveRoleCardTextDto } from './dto/independence.dto';
import { RoleCardService } from './role-card.service';

/** A case's independence panel and overrides, its role card, and the organisation's role-card text. */
@ApiTags('independence')
@Controller()
export class CaseIndependenceController {
  constructor(
    private readonly independence: CaseIndependenceService,
    private readonly roleCards: RoleCardService,
  ) {}

  @Get(`${ApiPaths.cases}/:caseId/${ApiPaths.independence}`)
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ description: 'Ties without an override (warnings) and the overrides recorded.' })
  @ApiRecordErrors()
  get(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
  ): Promise<CaseIndependenceView> {
    return this.independence.get(actor, caseId);
  }

  @Post(`${ApiPaths.cases}/:caseId/${ApiPaths.independence}/overrides`)
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ description: 'The open ties are allowed with this justification; the panel as it is now.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Not a team lead of the case’s team.' })
  override(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: RecordOverrideDto,
  ): Promise<CaseIndependenceView> {
    return this.independence.override(actor, caseId, dto);
  }

  @Get(`${ApiPaths.cases}/:caseId/${ApiPaths.roleCard}`)
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ description: 'The role card filled in for the case, for the print view.' })
  @ApiRecordErrors()
  roleCard(@CurrentActor() actor: Actor, @Param('caseId', uuidParam('caseId')) caseId: string): Promise<RoleCardView> {
    return this.roleCards.card(actor, caseId, 'view');
  }

  @Get(`${ApiPaths.cases}/:caseId/${ApiPaths.roleCard}.pdf`)
  @Roles('supporter', 'team_lead', 'volunteer')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The role card as a one-page PDF.' })
  @ApiRecordErrors()
  async roleCardPdf(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.roleCards.pdf(actor, caseId), {
      type: 'application/pdf',
      // No personal data in the file name: downloads folders are often shared.
      disposition: 'attachment; filename="rolkaart.pdf"',
    });
  }

  @Get(ApiPaths.roleCardText)
  @Roles('team_lead', 'admin')
  @ApiOkResponse({ description: 'The organisation’s standard text; version 0 while the default applies.' })
  getText(@CurrentActor() actor: Actor): Promise<RoleCardTextView> {
    return this.roleCards.getText(actor);
  }

  @Put(ApiPaths.roleCardText)
  @Roles('team_lead', 'admin')
  @ApiOkResponse({ description: 'The organisation’s standard text as saved.' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the text now.' })
  saveText(@CurrentActor() actor: Actor, @Body() dto: SaveRoleCardTextDto): Promise<RoleCardTextView> {
    return this.roleCards.saveText(actor, dto);
  }
}
