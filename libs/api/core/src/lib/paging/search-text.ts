import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiHideProperty } from '@nestjs/swagger';
import { SEARCH_HEADER } from '@naast/contracts';
import { IsEmpty } from 'class-validator';
import type { Request } from 'express';
import { FieldValidationException } from '../http/api-exceptions';
import { PageQueryDto } from './query-params';

export const SEARCH_TEXT_MAX_LENGTH = 100;

const problem = (reason: string) => new FieldValidationException([{ field: SEARCH_HEADER, reason }]);

/**
 * The search text of a list request, from the search header (see SEARCH_HEADER): decoded, white
 * space collapsed, and undefined when absent or blank.
 */
export function readSearchText(request: Pick<Request, 'headers'>): string | undefined {
  const raw = request.headers[SEARCH_HEADER.toLowerCase()];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw problem('komt meer dan één keer voor');
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    throw problem('is niet goed gecodeerd: gebruik procentcodering (UTF-8)');
  }
  if (text.includes('\u0000')) throw problem('bevat een ongeldig teken (NUL)');
  text = text.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  if ([...text].length > SEARCH_TEXT_MAX_LENGTH) throw problem(`mag hoogstens ${SEARCH_TEXT_MAX_LENGTH} tekens zijn`);
  return text;
}

/** Route parameter: the request's search text (see readSearchText). */
export const SearchText = createParamDecorator((_: unknown, context: ExecutionContext) =>
  readSearchText(context.switchToHttp().getRequest<Request>()),
);

/** Documents the search header on a list route. */
export const ApiSearchHeader = (description: string) =>
  ApiHeader({
    name: SEARCH_HEADER,
    required: false,
    description: `${description} Percent-encoded UTF-8, at most ${SEARCH_TEXT_MAX_LENGTH} characters.`,
  });

/**
 * Base of list queries that can be searched: a `q` in the URL is refused with the reason, because a
 * search text (a name) must not end up in URLs and the logs that keep them.
 */
export class SearchablePageQueryDto extends PageQueryDto {
  @ApiHideProperty()
  @IsEmpty({ message: `hoort niet in de URL: stuur de zoektekst in de kop ${SEARCH_HEADER}` })
  q?: never;
}
