import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationEntity, type Actor } from '@naast/api-core';
import { DEFAULT_NO_CONTACT_DAYS, DEFAULT_RETENTION_MONTHS, type OrganisationSettings } from '@naast/contracts';
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
    const organisation = await this.dataSource.manager.findOne(OrganisationEntity, {
      where: { id: actor.organisationId },
      select: { id: true, noContactDays: true, retentionMonths: true, secondFactorPolicy: true },
    });
    return {
      noContactDays: organisation?.noContactDays ?? DEFAULT_NO_CONTACT_DAYS,
      retentionMonths: organisation?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
      secondFactorPolicy: organisation?.secondFactorPolicy ?? 'every_role',
    };
  }

  async update(actor: Actor, settings: OrganisationSettings): Promise<OrganisationSettings> {
    await this.dataSource.manager.update(
      OrganisationEntity,
      { id: actor.organisationId },
      {
        noContactDays: settings.noContactDays,
        ...(settings.retentionMonths !== undefined && { retentionMonths: settings.retentionMonths }),
        ...(settings.secondFactorPolicy !== undefined && { secondFactorPolicy: settings.secondFactorPolicy }),
      },
    );
    return this.get(actor);
  }
}
