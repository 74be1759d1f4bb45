import { Core1764400000000 } from './1764400000000-Core';
import { ClientsCasesVisits1764400001000 } from './1764400001000-ClientsCasesVisits';
import { ScheduledJobs1764400005000 } from './1764400005000-ScheduledJobs';
import { Plans1764400010000 } from './1764400010000-Plans';
import { Workspaces1764400020000 } from './1764400020000-Workspaces';
import { Independence1764400030000 } from './1764400030000-Independence';
import { Procedures1764400040000 } from './1764400040000-Procedures';
import { Signals1764400050000 } from './1764400050000-Signals';
import { AccentInsensitiveNames1764400060000 } from './1764400060000-AccentInsensitiveNames';
import { AccessLogChain1764400070000 } from './1764400070000-AccessLogChain';
import { CaseloadFacts1764400080000 } from './1764400080000-CaseloadFacts';
import { TwoFactor1764400090000 } from './1764400090000-TwoFactor';
import { AccountSecurity1764400100000 } from './1764400100000-AccountSecurity';
import { Consent1764400110000 } from './1764400110000-Consent';
import { Retention1764400120000 } from './1764400120000-Retention';
import { AccessLogViewer1764400130000 } from './1764400130000-AccessLogViewer';
import { RateLimits1764400140000 } from './1764400140000-RateLimits';
import { CaseloadIndexes1764400150000 } from './1764400150000-CaseloadIndexes';
import { CaseDomainCodes1764400160000 } from './1764400160000-CaseDomainCodes';
import { CaseClientScope1764400170000 } from './1764400170000-CaseClientScope';

/** Every migration, in order. A test checks that each file in this folder is listed here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's type for migration classes
export const MIGRATIONS: Function[] = [
  Core1764400000000,
  ClientsCasesVisits1764400001000,
  ScheduledJobs1764400005000,
  Plans1764400010000,
  Workspaces1764400020000,
  Independence1764400030000,
  Procedures1764400040000,
  Signals1764400050000,
  AccentInsensitiveNames1764400060000,
  AccessLogChain1764400070000,
  CaseloadFacts1764400080000,
  TwoFactor1764400090000,
  AccountSecurity1764400100000,
  Consent1764400110000,
  Retention1764400120000,
  AccessLogViewer1764400130000,
  RateLimits1764400140000,
  CaseloadIndexes1764400150000,
  CaseDomainCodes1764400160000,
  CaseClientScope1764400170000,
];
