import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For fields that may be left out but not set to null (`@IsOptional` lets null through):
 * validation runs whenever the field is present.
 */
export function IsOptionalNonNull(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}

/**
 * For fields that must be sent but may be null (a next date that is not set yet): a missing
 * field is named as missing; null skips the field's other rules.
 */
export function IsRequiredNullable(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_object: unknown, value: unknown) => value !== null)(target, property);
    IsDefined({ message: 'ontbreekt (null mag, als er nog geen datum is)' })(target, property);
  };
}
