import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { FieldValidationException, StaleVersionException } from './api-exceptions';
import { toApiError } from './api-exception.filter';

describe(toApiError.name, () => {
  it('keeps field details of a validation failure', () => {
    expect(toApiError(new FieldValidationException([{ field: 'email', reason: 'is verplicht' }]))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Ongeldige invoer.',
      details: [{ field: 'email', reason: 'is verplicht' }],
    });
  });

  it('carries the current state on a stale write', () => {
    expect(toApiError(new StaleVersionException({ id: '1', version: 3 }))).toMatchObject({
      statusCode: 409,
      current: { id: '1', version: 3 },
    });
  });

  it('passes on the message of a plain HTTP exception', () => {
    expect(toApiError(new ForbiddenException('Nee.'))).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Nee.',
    });
    expect(toApiError(new BadRequestException())).toMatchObject({ statusCode: 400 });
  });

  it('turns a PostgreSQL input error into a 400 without SQL', () => {
    const error = new QueryFailedError(
      'SELECT secret FROM x WHERE id = $1',
      ['abc'],
      Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' }),
    );
    const body = toApiError(error);
    expect(body.statusCode).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/SELECT|uuid/);
  });

  it('hides an unexpected error behind a generic 500', () => {
    expect(toApiError(new Error('connection string postgres://secret'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Er ging iets mis. Probeer het later opnieuw.',
    });
  });
});
