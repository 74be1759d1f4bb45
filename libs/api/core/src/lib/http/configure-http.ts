import { useCursorSecret } from '../paging/keyset-cursor';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '@naast/contracts';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import passport from 'passport';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { csrfMiddleware } from '../auth/csrf';
import { PgSessionStore } from '../auth/pg-session.store';
import { absoluteLifetimeMiddleware, SESSION_COOKIE, SESSION_IDLE_MS } from '../auth/session-lifetime';
import { toApiError } from './api-exception.filter';
import { createValidationPipe } from './validation';
import { ApiExceptionFilter } from './api-exception.filter';
import { requestIdMiddleware } from './request-id';
import { Readiness } from '../health/readiness';
import { httpLogger, type Logger } from '../logging/logger';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/database-unavailable';

export const BODY_LIMIT = '256kb';

/**
 * Middleware order matters: request id → request log → drain → security headers → body → cookies → session →
 * passport → 12-hour limit → CSRF. Call before `app.init()`; call `finishHttp` after it.
 */
export function configureHttp(app: INestApplication, config: AppConfig, dataSource: DataSource, logger?: Logger): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  // X-Forwarded-For is believed only from the configured proxies; otherwise the peer is the client.
  server.set('trust proxy', config.trustProxy);
  useCursorSecret(config.sessionSecret);
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  app.use(requestIdMiddleware);
  if (logger) app.use(httpLogger(logger));
  app.use(app.get(Readiness).middleware());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular Material sets inline styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  // No API answer may be kept by a browser or proxy cache: they carry personal data (NEN 7510).
  app.use(`/${API_PREFIX}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(express.json({ limit: BODY_LIMIT }));
  // Malformed or oversized bodies are answered here: Nest would turn a JSON syntax error into a bare 400.
  app.use(answerMiddlewareError);
  app.use(cookieParser());
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: config.sessionSecret,
      store: new PgSessionStore(dataSource, SESSION_IDLE_MS),
      resave: false,
      saveUninitialized: false,
      // Every answer renews the 30-minute idle window.
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, maxAge: SESSION_IDLE_MS, path: '/' },
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());
  app.use(absoluteLifetimeMiddleware);
  app.use(`/${API_PREFIX}`, csrfMiddleware(config.sessionSecret, config.cookieSecure));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
}

/** Errors raised by express middleware (bad JSON, too large) leave as ApiError JSON too. */
export function finishHttp(app: INestApplication): void {
  app.use(answerMiddlewareError);
}

function answerMiddlewareError(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) return next(error);
  const body = toApiError(error);
  // e.g. the session store could not reach the database
  if (body.statusCode === 503) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
  response.status(body.statusCode).json(body);
}

export function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Naast API')
      .setDescription(
        'Case management for independent client support (cliëntondersteuning). Sign in with POST /api/auth/login; ' +
          'every POST/PATCH/DELETE must echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.',
      )
      .setVersion('1.0')
      .addCookieAuth('naast.sid', { type: 'apiKey', in: 'cookie', name: 'naast.sid' }, 'session')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    useGlobalPrefix: false,
  });
}
