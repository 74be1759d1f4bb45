import {
  CONSENT_STATUS_LABELS,
  DATA_CATEGORY_LABELS,
  MIN_EXCEPTION_REASON_LENGTH,
  consentMismatch,
  consentStatusOn,
  type ConsentValidityFacts,
  type CreateDisclosureRequest,
  type FieldError,
} from '@naast/contracts';

/**
 * Which ground a disclosure request names, before any consent is loaded: exactly one of a consent
 * or an exception with a written reason. Answers the field errors, empty when the shape is right.
 */
export function disclosureGroundErrors(request: CreateDisclosureRequest): FieldError[] {
  const consentId = request.consentId ?? null;
  const kind = request.exceptionKind ?? null;
  const reason = request.exceptionReason ?? null;
  if (consentId !== null && (kind !== null || reason !== null))
    return [{ field: 'consentId', reason: 'kies óf toestemming óf een uitzondering, niet allebei' }];
  if (consentId !== null) return [];
  if (kind === null && reason === null)
    return [
      {
        field: 'consentId',
        reason:
          'een verstrekking vraagt geldige toestemming voor deze ontvanger, of een uitzondering met schriftelijke reden',
      },
    ];
  const errors: FieldError[] = [];
  if (kind === null)
    errors.push({ field: 'exceptionKind', reason: 'kies de uitzondering waarop de verstrekking rust' });
  if (reason === null || reason.length < MIN_EXCEPTION_REASON_LENGTH)
    errors.push({
      field: 'exceptionReason',
      reason: `schrijf de reden op (minstens ${MIN_EXCEPTION_REASON_LENGTH} tekens)`,
    });
  return errors;
}

/** Why the chosen consent does not carry the disclosure, as a field error on `consentId`; null when it does. */
export function consentGroundError(
  consent: ConsentValidityFacts,
  disclosure: Pick<CreateDisclosureRequest, 'recipient' | 'disclosedOn' | 'dataCategories'>,
): FieldError | null {
  const mismatch = consentMismatch(consent, {
    recipient: disclosure.recipient,
    date: disclosure.disclosedOn,
    dataCategories: disclosure.dataCategories,
  });
  switch (mismatch) {
    case null:
      return null;
    case 'scope':
      return { field: 'consentId', reason: 'is geen toestemming voor verstrekking aan een ontvanger' };
    case 'recipient':
      return { field: 'consentId', reason: 'geldt voor een andere ontvanger' };
    case 'status': {
      const status = consentStatusOn(consent, disclosure.disclosedOn);
      return {
        field: 'consentId',
        reason: `is op ${disclosure.disclosedOn} niet geldig (${CONSENT_STATUS_LABELS[status].nl.toLowerCase()})`,
      };
    }
    case 'categories': {
      const missing = disclosure.dataCategories.filter((c) => !consent.dataCategories.includes(c));
      return {
        field: 'consentId',
        reason: `dekt deze gegevens niet: ${missing.map((c) => DATA_CATEGORY_LABELS[c].nl.toLowerCase()).join(', ')}`,
      };
    }
  }
}
