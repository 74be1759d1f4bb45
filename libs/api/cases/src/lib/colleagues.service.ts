import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TeamMembershipEntity, UserEntity, type Actor } from '@naast/api-core';
import type { UserRef } from '@naast/contracts';
import { DataSource } from 'typeorm';
import { COLLEAGUE_ROLES, type UserListQueryDto } from './dto/user-list-query.dto';

/** More than any organisation has; a picker is not a directory. */
const MAX_COLLEAGUES = 1000;

@Injectable()
export class ColleaguesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active colleagues of the actor's organisation, by name; no contact details. */
  async list(actor: Actor, query: UserListQueryDto): Promise<UserRef[]> {
    const builder = this.dataSource
      .createQueryBuilder(UserEntity, 'u')
      .select(['u.id', 'u.displayName', 'u.role'])
      .where('u.organisationId = :organisationId AND u.active = true', { organisationId: actor.organisationId })
      .andWhere('u.role IN (:...roles)', { roles: query.role ? [query.role] : [...COLLEAGUE_ROLES] })
      .orderBy('u.displayName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(MAX_COLLEAGUES);
    if (query.teamId) {
      builder.andWhere(
        (qb) =>
          `EXISTS ${qb
            .subQuery()
            .select('1')
            .from(TeamMembershipEntity, 'tm')
            .where('tm.userId = u.id AND tm.teamId = :teamId AND tm.organisationId = :organisationId')
            .getQuery()}`,
        { teamId: query.teamId },
      );
    }
    const users = await builder.getMany();
    return users.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role }));
  }
}
