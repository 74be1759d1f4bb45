import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrorDto,
  ApiRecordErrors,
  ApiSearchHeader,
  CurrentActor,
  RateLimit,
  Roles,
  SearchText,
  type Actor,
} from '@naast/api-core';
import { ApiPaths, type ClientSummary, type ClientView, type Page } from '@naast/contracts';
import { ClientsService } from './clients.service';
import { ClientSearchQueryDto } from './dto/client-search-query.dto';
import { ClientSummaryPageDto, ClientViewDto } from './dto/client-view.dto';
import { CreateClientDto } from './dto/create-client.dto';
import { UpdateClientDto } from './dto/update-client.dto';
import { uuidParam } from '@naast/api-core';

@ApiTags('clients')
@Controller(ApiPaths.clients)
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @Roles('supporter', 'team_lead')
  @RateLimit('search')
  @ApiOkResponse({
    type: ClientSummaryPageDto,
    description: 'Clients you may read; when searched, best name match first.',
  })
  @ApiSearchHeader('Part of a name; misspellings are tolerated.')
  @ApiBadRequestResponse({ type: ApiErrorDto })
  search(
    @CurrentActor() actor: Actor,
    @Query() query: ClientSearchQueryDto,
    @SearchText() searchText: string | undefined,
  ): Promise<Page<ClientSummary>> {
    return this.clients.search(actor, query, searchText);
  }

  @Post()
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: ClientViewDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateClientDto): Promise<ClientView> {
    return this.clients.create(actor, dto);
  }

  @Get(':id')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: ClientViewDto })
  @ApiRecordErrors()
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<ClientView> {
    return this.clients.get(actor, id);
  }

  @Patch(':id')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: ClientViewDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the client as it is now.' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateClientDto,
  ): Promise<ClientView> {
    return this.clients.update(actor, id, dto);
  }
}
