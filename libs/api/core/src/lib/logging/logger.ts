import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { API_PREFIX } from '@naast/contracts';
import type { AppConfig } from '../config/app-config';
import { requestIdOf } from '../http/request-id';

export type { Logger } from 'pino';

/**
 * Paths that may hold secrets if anything ever logs a request or response object. Nothing here
 * logs headers, bodies or query strings (they carry names and search terms); this is the second line.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-xsrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'password',
  '*.password',
];

/** One line of text per entry, for a terminal: `12:00:01 INFO  [Context] message key=value`. */
function textStream(out: NodeJS.WritableStream): DestinationStream {
  const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        out.write(line);
        return;
      }
      const { time, level, msg, context, stack, pid: _pid, hostname: _host, ...rest } = entry;
      const clock = new Date(typeof time === 'number' ? time : Date.now()).toISOString().slice(11, 19);
      const extra = Object.entries(rest)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ');
      out.write(
        `${clock} ${(LEVELS[Number(level)] ?? String(level)).padEnd(5)} ${context ? `[${String(context)}] ` : ''}${String(msg ?? '')}${extra ? ` ${extra}` : ''}\n${typeof stack === 'string' ? `${stack}\n` : ''}`,
      );
    },
  };
}

/** The process logger: JSON lines (pino) for log collectors, or plain text in a terminal. */
export function createLogger(options: AppConfig['log'], out: NodeJS.WritableStream = process.stdout): Logger {
  const settings = {
    level: options.level,
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (options.format === 'text')
    return pino({ ...settings, timestamp: pino.stdTimeFunctions.epochTime }, textStream(out));
  return pino(settings, out as DestinationStream);
}

const STARTUP_DETAIL = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Routes NestJS's own logging (and every `new Logger(context)`) into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    // NestJS reports every module and route at start-up: detail for debugging, not for operations.
    const context = params[params.length - 1];
    this.write(typeof context === 'string' && STARTUP_DETAIL.has(context) ? 'debug' : 'info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes `(message, stack?, context?)` for errors and `(message, context?)` otherwise. */
  private write(level: pino.Level, message: unknown, params: unknown[]): void {
    const strings = params.filter((p): p is string => typeof p === 'string');
    const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
    const stack = strings.length > 1 ? strings[0] : undefined;
    const fields: Record<string, unknown> = {};
    if (context) fields['context'] = context;
    if (stack) fields['stack'] = stack;
    if (message instanceof Error) {
      fields['stack'] = message.stack;
      this.logger[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...(message as object) });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}

const pathOnly = (request: Request) => (request.originalUrl ?? request.url).split('?')[0];

/**
 * One log line per answered request: id, method, path without the query string, status and
 * duration. No headers, bodies, query strings or IP addresses: those are personal data. The
 * request id is the one in the X-Request-Id header and in the access log.
 */
export function httpLogger(logger: Logger): RequestHandler {
  const middleware = pinoHttp<Request, Response>({
    logger,
    genReqId: (request) => requestIdOf(request),
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    wrapSerializers: false,
    serializers: {
      req: (request: Request) => ({ method: request.method, path: pathOnly(request) }),
      res: (response: Response) => ({ statusCode: response.statusCode }),
      err: pino.stdSerializers.err,
    },
    // Probes ask every few seconds; their answers are visible on the probe side.
    autoLogging: { ignore: (request) => pathOnly(request).startsWith(`/${API_PREFIX}/health`) },
    // 503 is an outage (the database, or shutting down): a warning, logged once by the error filter.
    customLogLevel: (_request, response, error) =>
      response.statusCode === 503 ? 'warn' : error || response.statusCode >= 500 ? 'error' : 'info',
    // The error filter logs a fault's stack once; the request line needs none.
    customErrorObject: (_request, _response, _error, value: Record<string, unknown>) => ({ ...value, err: undefined }),
    customSuccessMessage: (request, response) => `${request.method} ${pathOnly(request)} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method} ${pathOnly(request)} ${response.statusCode}`,
  });
  return (request: Request, response: Response, next: NextFunction) => middleware(request, response, next);
}
