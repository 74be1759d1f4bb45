import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, FieldError } from '@naast/contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/database-unavailable';
import { requestIdOf } from './request-id';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** PostgreSQL errors that bad input can still cause, mapped to a 4xx instead of a 500. */
const PG_INPUT_ERRORS: Record<string, { status: number; message: string }> = {
  '22P02': { status: 400, message: 'Ongeldige waarde in het verzoek.' },
  '22007': { status: 400, message: 'Ongeldige datum of tijd.' },
  '22008': { status: 400, message: 'Datum of tijd buiten het geldige bereik.' },
  '22001': { status: 400, message: 'Een waarde is te lang.' },
  '22003': { status: 400, message: 'Een getal is buiten het geldige bereik.' },
  '23502': { status: 400, message: 'Een verplicht veld ontbreekt.' },
  '23514': { status: 400, message: 'Een waarde voldoet niet aan de regels.' },
  '23503': { status: 409, message: 'Dit verwijst naar iets dat niet (meer) bestaat.' },
  '23505': { status: 409, message: 'Dit bestaat al.' },
  '40001': { status: 409, message: 'Gelijktijdige wijziging; probeer het opnieuw.' },
};

export function toApiError(exception: unknown): ApiError {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const error = STATUS_TEXT[status] ?? 'Error';
    if (typeof body === 'string') return { statusCode: status, error, message: body };
    const b = body as { message?: unknown; details?: FieldError[]; current?: unknown; code?: unknown };
    const message = Array.isArray(b.message) ? b.message.join('; ') : typeof b.message === 'string' ? b.message : error;
    return {
      statusCode: status,
      error,
      message,
      ...(b.details ? { details: b.details } : {}),
      ...(b.current !== undefined ? { current: b.current } : {}),
      ...(typeof b.code === 'string' ? { code: b.code } : {}),
    };
  }
  // Errors from body parsing (malformed JSON, too large) carry their status.
  const httpLike = exception as { status?: unknown; type?: unknown };
  if (typeof httpLike?.status === 'number' && httpLike.status >= 400 && httpLike.status < 500) {
    const status = httpLike.status;
    const message =
      httpLike.type === 'entity.too.large'
        ? 'Het verzoek is te groot.'
        : httpLike.type === 'entity.parse.failed'
          ? 'De body is geen geldige JSON.'
          : (STATUS_TEXT[status] ?? 'Bad Request');
    // The body as a whole is the field at fault.
    const details =
      httpLike.type === 'entity.too.large' || httpLike.type === 'entity.parse.failed'
        ? { details: [{ field: 'body', reason: message }] }
        : {};
    return { statusCode: status, error: STATUS_TEXT[status] ?? 'Bad Request', message, ...details };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: 503,
      error: STATUS_TEXT[503] ?? 'Error',
      message: 'De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw.',
    };
  }
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string } | undefined)?.code;
    const mapped = code ? PG_INPUT_ERRORS[code] : undefined;
    if (mapped)
      return { statusCode: mapped.status, error: STATUS_TEXT[mapped.status] ?? 'Error', message: mapped.message };
  }
  return {
    statusCode: 500,
    error: STATUS_TEXT[500] ?? 'Error',
    message: 'Er ging iets mis. Probeer het later opnieuw.',
  };
}

/** Every error leaves as ApiError JSON: no stack traces, no SQL. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');
  private lastOutageWarning = 0;
  private outageAnswersSinceWarning = 0;

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    const body = toApiError(exception);
    // The path without its query string: queries carry names and search terms.
    const route = `${request.method} ${request.originalUrl.split('?')[0]} [${requestIdOf(request)}]`;
    const unavailable = isDatabaseUnavailable(exception);
    if (unavailable) {
      // An outage, not a bug: no stack, and one line per 10 s rather than one per request.
      const now = Date.now();
      if (now - this.lastOutageWarning >= 10_000) {
        const more =
          this.outageAnswersSinceWarning > 0 ? `; ${this.outageAnswersSinceWarning} more since the last` : '';
        this.logger.warn(
          `${route}: database unavailable (${exception instanceof Error ? exception.message : 'unknown'})${more}`,
        );
        this.lastOutageWarning = now;
        this.outageAnswersSinceWarning = 0;
      } else {
        this.outageAnswersSinceWarning++;
      }
    } else if (body.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR && !(exception instanceof HttpException)) {
      // A deliberate 5xx (e.g. readiness answering 503) is an answer, not a fault to trace.
      this.logger.error(route, exception instanceof Error ? exception.stack : String(exception));
    }
    if (response.headersSent) return;
    const retryAfter = unavailable
      ? DATABASE_RETRY_AFTER_SECONDS
      : (exception as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }
}
