import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import { ApiErrorDto } from './api-error.dto';

/** OpenAPI for a route that reads one record by id: a bad id or body is 400, an unknown or foreign one 404. */
export function ApiRecordErrors() {
  return applyDecorators(ApiBadRequestResponse({ type: ApiErrorDto }), ApiNotFoundResponse({ type: ApiErrorDto }));
}
