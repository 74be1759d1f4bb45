import { ParseUUIDPipe } from '@nestjs/common';
import { FieldValidationException } from '../http/api-exceptions';

/** `@Param('id', uuidParam('id'))`: a malformed id answers 400 naming the parameter, never a database error. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new FieldValidationException([{ field: name, reason: 'moet een uuid zijn' }]),
  });
}
