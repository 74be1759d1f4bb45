import { ValidateIf } from 'class-validator';

/**
 * For fields that may be left out but not set to null (`@IsOptional` lets null through):
 * validation runs whenever the field is present.
 */
export function IsOptionalNonNull(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}
