import { consentGroundError, disclosureGroundErrors } from './disclosure-ground';

const base = {
  recipient: 'Veilig Thuis',
  purpose: 'Melding',
  dataCategories: ['gezin_en_relaties' as const],
  disclosedOn: '2026-06-01',
};
const reason = 'Signalen van huiselijk geweld; afweging volgens de meldcode gemaakt.';

describe('disclosureGroundErrors', () => {
  it('accepts a consent alone, or an exception with a written reason', () => {
    expect(disclosureGroundErrors({ ...base, consentId: 'c' })).toEqual([]);
    expect(disclosureGroundErrors({ ...base, exceptionKind: 'meldcode', exceptionReason: reason })).toEqual([]);
  });

  it('refuses neither, both, a kind without reason, a too short reason, a reason without kind', () => {
    const fields = (r: Parameters<typeof disclosureGroundErrors>[0]) => disclosureGroundErrors(r).map((e) => e.field);
    expect(fields(base)).toEqual(['consentId']);
    expect(fields({ ...base, consentId: 'c', exceptionKind: 'meldcode', exceptionReason: reason })).toEqual([
      'consentId',
    ]);
    expect(fields({ ...base, exceptionKind: 'meldcode' })).toEqual(['exceptionReason']);
    expect(fields({ ...base, exceptionKind: 'meldcode', exceptionReason: 'kort' })).toEqual(['exceptionReason']);
    expect(fields({ ...base, exceptionReason: reason })).toEqual(['exceptionKind']);
  });
});

describe('consentGroundError', () => {
  const consent = {
    scope: 'disclosure' as const,
    recipient: 'Veilig Thuis',
    dataCategories: ['gezin_en_relaties' as const],
    givenOn: '2026-01-01',
    validUntil: '2026-03-31',
    withdrawnOn: null,
  };
  it('says in Dutch why a consent does not carry the disclosure', () => {
    expect(consentGroundError({ ...consent, validUntil: null }, base)).toBeNull();
    expect(consentGroundError(consent, base)?.reason).toMatch(/niet geldig \(verlopen\)/);
    expect(consentGroundError({ ...consent, validUntil: null }, { ...base, recipient: 'Politie' })?.reason).toMatch(
      /andere ontvanger/,
    );
    expect(
      consentGroundError({ ...consent, validUntil: null }, { ...base, dataCategories: ['gezondheid'] })?.reason,
    ).toMatch(/gezondheid/);
  });
});
