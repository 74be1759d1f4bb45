import { hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const DEMO_DATA_MODES = ['auto', 'always', 'never'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const LOG_FORMATS = ['json', 'text'] as const;
/** Secrets may come from a file instead (Docker/Kubernetes secrets): `<NAME>_FILE=/run/secrets/...`. */
export const FILE_VARIABLES = ['DATABASE_URL', 'DATABASE_PASSWORD', 'SESSION_SECRET', 'TOTP_ENCRYPTION_KEY'] as const;

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
// Anything but true/false/1/0 stays a string, so a typo fails validation instead of meaning false.
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === false || value === 'false' || value === '0'
        ? false
        : value;

/** Every environment variable Naast reads; validated at boot so a typo fails fast with its name. */
class EnvironmentVariables {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** When set, Naast uses this PostgreSQL; otherwise it starts an embedded one under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  /** Signs the session cookie and CSRF tokens. Required in production. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  SESSION_SECRET?: string;

  /**
   * Encrypts the stored TOTP secrets (AES-256-GCM): 32 bytes as 64 hex characters or base64.
   * Unset, a key is derived from SESSION_SECRET (then changing that secret invalidates every enrolment).
   */
  @IsOptional()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, { message: 'must be 32 bytes as 64 hex characters or base64' })
  TOTP_ENCRYPTION_KEY?: string;

  /** Send cookies with the Secure flag; defaults to true in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  /** auto: load demo data into an empty database unless NODE_ENV=production. */
  @IsIn(DEMO_DATA_MODES)
  DEMO_DATA: (typeof DEMO_DATA_MODES)[number] = 'auto';

  /** Built web app to serve; a folder without index.html means the API alone is served. */
  @IsString()
  WEB_DIST = 'dist/apps/web/browser';

  /** Trust X-Forwarded-* from this many proxies in front (for client IPs and Secure cookies). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TRUST_PROXY_HOPS = 0;

  /** Trust X-Forwarded-* only from these addresses/subnets (comma-separated), instead of by hop count. */
  @IsOptional()
  @Matches(/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/, { message: 'must be a comma-separated list of addresses or subnets' })
  TRUST_PROXY_ADDRESSES?: string;

  /** Replaces the password in DATABASE_URL, so the URL itself holds no secret. */
  @IsOptional()
  @IsString()
  DATABASE_PASSWORD?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** A request waits at most this long for a database connection, then fails with 503. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DATABASE_CONNECT_TIMEOUT_MS = 1500;

  /** How long to wait at start for an unreachable database; 0 waits for ever. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_WAIT_SECONDS = 0;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** json (one object a line, for log collectors) or text (for a terminal); default json in production. */
  @IsOptional()
  @IsIn(LOG_FORMATS)
  LOG_FORMAT?: (typeof LOG_FORMATS)[number];

  /** After SIGTERM, readiness answers 503 this long before the listener closes, so balancers move away. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  SHUTDOWN_DRAIN_SECONDS = 2;

  /** Hard limit for a graceful shutdown, drain included; then the process exits with code 1. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600)
  SHUTDOWN_TIMEOUT_SECONDS = 9;

  /** Run the scheduled jobs (housekeeping) in this process. Several processes never run one twice. */
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED = true;

  /** How often each process checks whether a scheduled job is due. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOBS_CHECK_SECONDS = 60;

  /** Name searches (clients, cases) per user per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SEARCHES_PER_MINUTE = 60;

  /** Exports (inzage, access log, caseload) per user per hour. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_EXPORTS_PER_HOUR = 30;
}

export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATA_DIR',
  'SESSION_SECRET',
  'TOTP_ENCRYPTION_KEY',
  'COOKIE_SECURE',
  'DEMO_DATA',
  'WEB_DIST',
  'TRUST_PROXY_HOPS',
  'TRUST_PROXY_ADDRESSES',
  'DATABASE_PASSWORD',
  'DATABASE_POOL_SIZE',
  'DATABASE_CONNECT_TIMEOUT_MS',
  'DATABASE_WAIT_SECONDS',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'SHUTDOWN_DRAIN_SECONDS',
  'SHUTDOWN_TIMEOUT_SECONDS',
  'JOBS_ENABLED',
  'JOBS_CHECK_SECONDS',
  'RATE_LIMIT_SEARCHES_PER_MINUTE',
  'RATE_LIMIT_EXPORTS_PER_HOUR',
];

export interface AppConfig {
  nodeEnv: (typeof NODE_ENVS)[number];
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  /** 32 bytes: encrypts the TOTP secrets at rest. */
  totpKey: Buffer;
  cookieSecure: boolean;
  demoData: (typeof DEMO_DATA_MODES)[number];
  webDist: string;
  trustProxyHops: number;
  /** Express `trust proxy` value: a subnet list when TRUST_PROXY_ADDRESSES is set, else the hop count. */
  trustProxy: number | string[];
  database: {
    poolSize: number;
    connectTimeoutMs: number;
    /** 0: wait for ever. */
    waitSeconds: number;
  };
  log: { level: (typeof LOG_LEVELS)[number]; format: (typeof LOG_FORMATS)[number] };
  shutdown: { drainSeconds: number; timeoutSeconds: number };
  jobs: { enabled: boolean; checkSeconds: number };
  rateLimits: Record<'search' | 'export', { limit: number; windowSeconds: number }>;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  // Empty values count as unset, as in most .env tooling.
  const raw: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => CONFIG_VARIABLES.includes(key) && value !== ''),
  );
  const problems: string[] = [];
  for (const name of FILE_VARIABLES) {
    const file = env[`${name}_FILE`];
    if (!file) continue;
    if (raw[name] !== undefined) {
      problems.push(`${name}_FILE: set either ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      // Secret files usually end with a newline that is no part of the secret.
      raw[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      problems.push(`${name}_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { whitelist: true });
  problems.push(...errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`));
  const production = vars.NODE_ENV === 'production';
  if (production && !vars.SESSION_SECRET) {
    problems.push('SESSION_SECRET: is required when NODE_ENV=production (at least 32 characters)');
  }
  if (vars.DATABASE_PASSWORD !== undefined && !vars.DATABASE_URL) {
    problems.push('DATABASE_PASSWORD: needs DATABASE_URL (the server to use it for)');
  }
  if (vars.TRUST_PROXY_ADDRESSES !== undefined && raw['TRUST_PROXY_HOPS'] !== undefined) {
    problems.push('TRUST_PROXY_ADDRESSES: set either TRUST_PROXY_HOPS or TRUST_PROXY_ADDRESSES, not both');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return {
    nodeEnv: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: withPassword(vars.DATABASE_URL, vars.DATABASE_PASSWORD),
    dataDir: vars.DATA_DIR,
    // Outside production a fixed development secret keeps sessions valid across restarts.
    sessionSecret: vars.SESSION_SECRET ?? 'naast-development-secret-not-for-production-use',
    totpKey: totpKey(
      vars.TOTP_ENCRYPTION_KEY,
      vars.SESSION_SECRET ?? 'naast-development-secret-not-for-production-use',
    ),
    cookieSecure: vars.COOKIE_SECURE ?? production,
    demoData: vars.DEMO_DATA,
    webDist: vars.WEB_DIST,
    trustProxyHops: vars.TRUST_PROXY_HOPS,
    trustProxy: vars.TRUST_PROXY_ADDRESSES
      ? vars.TRUST_PROXY_ADDRESSES.split(',').map((a) => a.trim())
      : vars.TRUST_PROXY_HOPS,
    database: {
      poolSize: vars.DATABASE_POOL_SIZE,
      connectTimeoutMs: vars.DATABASE_CONNECT_TIMEOUT_MS,
      waitSeconds: vars.DATABASE_WAIT_SECONDS,
    },
    log: { level: vars.LOG_LEVEL, format: vars.LOG_FORMAT ?? (production ? 'json' : 'text') },
    shutdown: { drainSeconds: vars.SHUTDOWN_DRAIN_SECONDS, timeoutSeconds: vars.SHUTDOWN_TIMEOUT_SECONDS },
    jobs: { enabled: vars.JOBS_ENABLED, checkSeconds: vars.JOBS_CHECK_SECONDS },
    rateLimits: {
      search: { limit: vars.RATE_LIMIT_SEARCHES_PER_MINUTE, windowSeconds: 60 },
      export: { limit: vars.RATE_LIMIT_EXPORTS_PER_HOUR, windowSeconds: 3600 },
    },
  };
}

function totpKey(configured: string | undefined, sessionSecret: string): Buffer {
  if (configured) return Buffer.from(configured, configured.length === 64 ? 'hex' : 'base64');
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'naast', 'totp-secret-encryption', 32));
}

function withPassword(url: string | undefined, password: string | undefined): string | undefined {
  if (!url || password === undefined) return url;
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** Host, port and database of a URL, without credentials: safe to log. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
