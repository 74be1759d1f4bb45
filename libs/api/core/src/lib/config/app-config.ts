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

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';

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
}

export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATA_DIR',
  'SESSION_SECRET',
  'COOKIE_SECURE',
  'DEMO_DATA',
  'WEB_DIST',
  'TRUST_PROXY_HOPS',
];

export interface AppConfig {
  nodeEnv: (typeof NODE_ENVS)[number];
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  cookieSecure: boolean;
  demoData: (typeof DEMO_DATA_MODES)[number];
  webDist: string;
  trustProxyHops: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  // Empty values count as unset, as in most .env tooling.
  const raw = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => CONFIG_VARIABLES.includes(key) && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { whitelist: true });
  const problems = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
  const production = vars.NODE_ENV === 'production';
  if (production && !vars.SESSION_SECRET) {
    problems.push('SESSION_SECRET: is required when NODE_ENV=production (at least 32 characters)');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return {
    nodeEnv: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    dataDir: vars.DATA_DIR,
    // Outside production a fixed development secret keeps sessions valid across restarts.
    sessionSecret: vars.SESSION_SECRET ?? 'naast-development-secret-not-for-production-use',
    cookieSecure: vars.COOKIE_SECURE ?? production,
    demoData: vars.DEMO_DATA,
    webDist: vars.WEB_DIST,
    trustProxyHops: vars.TRUST_PROXY_HOPS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
