import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

type TransformInput = { value: unknown };

/** `?status=a&status=b`, `?status=a` and `?status=a,b` all become `['a', 'b']`. */
export const toStringArray = ({ value }: TransformInput): unknown => {
  if (value === undefined || value === null || value === '') return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list
    .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
    .map((item) => (typeof item === 'string' ? item.trim() : item));
};

/** Query strings carry text; only an exact decimal integer becomes a number, anything else fails validation. */
export const toInteger = ({ value }: TransformInput): unknown =>
  typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value;

/** `true`/`1` and `false`/`0`; anything else is left as is and fails `@IsBoolean`. */
export const toBoolean = ({ value }: TransformInput): unknown => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

export const trimString = ({ value }: TransformInput): unknown => (typeof value === 'string' ? value.trim() : value);

/** Collapses runs of white space, so `"  jan   de vries "` searches as `"jan de vries"`. */
export const toSearchText = ({ value }: TransformInput): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.trim().replace(/\s+/g, ' ');
  return text === '' ? undefined : text;
};

/** Keyset pagination parameters shared by every list. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'Opaque cursor: the `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(MAX_PAGE_SIZE, { message: `mag hoogstens ${MAX_PAGE_SIZE} zijn` })
  limit?: number;
}
