import { Core1764400000000 } from './1764400000000-Core';
import { ClientsCasesVisits1764400001000 } from './1764400001000-ClientsCasesVisits';
import { ScheduledJobs1764400005000 } from './1764400005000-ScheduledJobs';
import { Plans1764400010000 } from './1764400010000-Plans';
import { AccentInsensitiveNames1764400060000 } from './1764400060000-AccentInsensitiveNames';
import { AccessLogChain1764400070000 } from './1764400070000-AccessLogChain';

/** Every migration, in order. A test checks that each file in this folder is listed here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's type for migration classes
export const MIGRATIONS: Function[] = [
  Core1764400000000,
  ClientsCasesVisits1764400001000,
  ScheduledJobs1764400005000,
  Plans1764400010000,
  AccentInsensitiveNames1764400060000,
  AccessLogChain1764400070000,
];
