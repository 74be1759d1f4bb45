import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Ends a user's server-side sessions; the next request with such a cookie is signed out. */
@Injectable()
export class UserSessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every session of the user, e.g. when an admin disables the account. Returns how many were ended. */
  async endAll(userId: string): Promise<number> {
    const [, count] = (await this.dataSource.query('DELETE FROM sessions WHERE user_id = $1', [userId])) as [
      unknown,
      number,
    ];
    return count;
  }

  /** Every session but the current one, e.g. after a password or second-factor change. */
  async endOthers(userId: string, keepSid: string): Promise<number> {
    const [, count] = (await this.dataSource.query('DELETE FROM sessions WHERE user_id = $1 AND sid <> $2', [
      userId,
      keepSid,
    ])) as [unknown, number];
    return count;
  }
}
