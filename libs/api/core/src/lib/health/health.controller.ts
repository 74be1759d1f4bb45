import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiPaths } from '@naast/contracts';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { ApiErrorDto } from '../http/api-error.dto';
import { Readiness } from './readiness';

@ApiTags('health')
@Controller(ApiPaths.health)
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readiness: Readiness,
  ) {}

  /** The process answers: for a liveness probe. */
  @Get('live')
  @Public()
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The database answers within two seconds and the process is not shutting down: for a readiness probe. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ schema: { example: { status: 'ok', database: 'up' } } })
  @ApiServiceUnavailableResponse({ type: ApiErrorDto })
  async ready(): Promise<{ status: 'ok'; database: 'up' }> {
    if (this.readiness.draining) throw new ServiceUnavailableException('Naast wordt afgesloten.');
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException('De database is niet bereikbaar.');
    }
  }
}
