import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@naast/api-core';
import { ApiPaths, type DomainDefinition } from '@naast/contracts';
import { Repository } from 'typeorm';
import { DomainEntity } from './domain.entity';
import { DomainDefinitionDto } from './dto/case-view.dto';

/** The nine life domains as the database holds them (reference data, no client content). */
@ApiTags('domains')
@Controller(ApiPaths.domains)
export class DomainsController {
  constructor(@InjectRepository(DomainEntity) private readonly domains: Repository<DomainEntity>) {}

  @Get()
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiOkResponse({ type: [DomainDefinitionDto] })
  async list(): Promise<DomainDefinition[]> {
    const rows = await this.domains.find({ order: { position: 'ASC' } });
    return rows.map((d) => ({
      code: d.code,
      nl: d.labelNl,
      en: d.labelEn,
      primary: d.isPrimary,
      position: d.position,
    }));
  }
}
