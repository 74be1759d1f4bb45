import { BadRequestException, ConflictException } from '@nestjs/common';
import type { FieldError } from '@naast/contracts';

/** 400 naming each bad field and why. */
export class FieldValidationException extends BadRequestException {
  constructor(
    readonly details: FieldError[],
    message = 'Ongeldige invoer.',
  ) {
    super({ message, details });
  }
}

/** 409: the write was based on an older version; carries the current state so no work is lost. */
export class StaleVersionException extends ConflictException {
  constructor(readonly current: unknown) {
    super({
      message: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de huidige versie en probeer opnieuw.',
      current,
    });
  }
}
