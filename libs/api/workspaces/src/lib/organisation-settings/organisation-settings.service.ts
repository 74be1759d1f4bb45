import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationEntity, type Actor } from '@naast/api-core';
import { DEFAULT_NO_CONTACT_DAYS, type OrganisationSettings } from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** The settings a functional administrator keeps for the whole organisation. */
@Injectable()
export class OrganisationSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async noContactDays(manager: EntityManager, organisationId: string): Promise<number> {
    const organisation = await manager.findOne(OrganisationEntity, {
      where: { id: organisationId },
      select: { id: true, noContactDays: true },
    });
    return organisation?.noContactDays ?? DEFAULT_NO_CONTACT_DAYS;
  }

  async get(actor: Actor): Promise<OrganisationSettings> {
    return { noContactDays: await this.noContactDays(this.dataSource.manager, actor.organisationId) };
  }

  async update(actor: Actor, settings: OrganisationSettings): Promise<OrganisationSettings> {
    await this.dataSource.manager.update(
      OrganisationEntity,
      { id: actor.organisationId },
      { noContactDays: settings.noContactDays },
    );
    return this.get(actor);
  }
}
