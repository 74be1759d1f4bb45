import { consentMismatch, consentStatusOn, normaliseRecipient, type ConsentValidityFacts } from './consent';

const consent = (overrides: Partial<ConsentValidityFacts> = {}): ConsentValidityFacts => ({
  scope: 'disclosure',
  recipient: 'Wmo-loket Utrecht',
  dataCategories: ['persoonsgegevens', 'wonen'],
  givenOn: '2026-03-01',
  validUntil: '2026-09-30',
  withdrawnOn: null,
  ...overrides,
});

describe('consentStatusOn', () => {
  it('is nog niet geldig before it was given, geldig from the day given through the last valid day', () => {
    expect(consentStatusOn(consent(), '2026-02-28')).toBe('nog_niet_geldig');
    expect(consentStatusOn(consent(), '2026-03-01')).toBe('geldig');
    expect(consentStatusOn(consent(), '2026-09-30')).toBe('geldig');
    expect(consentStatusOn(consent(), '2026-10-01')).toBe('verlopen');
  });

  it('holds without end when there is no valid-until date', () => {
    expect(consentStatusOn(consent({ validUntil: null }), '2036-01-01')).toBe('geldig');
  });

  it('is ingetrokken from the withdrawal day on, and not before', () => {
    const withdrawn = consent({ withdrawnOn: '2026-05-10' });
    expect(consentStatusOn(withdrawn, '2026-05-09')).toBe('geldig');
    expect(consentStatusOn(withdrawn, '2026-05-10')).toBe('ingetrokken');
    expect(consentStatusOn(withdrawn, '2026-12-01')).toBe('ingetrokken');
  });
});

describe('normaliseRecipient', () => {
  it('ignores case, accents, punctuation and extra spaces', () => {
    expect(normaliseRecipient('  WMO-loket  Utrecht ')).toBe(normaliseRecipient('wmo loket utrecht'));
    expect(normaliseRecipient('Stichting Café Één')).toBe('stichting cafe een');
    expect(normaliseRecipient('Wmo-loket Utrecht')).not.toBe(normaliseRecipient('Wmo-loket Zeist'));
  });
});

describe('consentMismatch', () => {
  const disclosure = { recipient: 'wmo loket utrecht', date: '2026-06-01', dataCategories: ['wonen'] as const };

  it('accepts a disclosure consent for the same recipient, valid that day, covering every category', () => {
    expect(consentMismatch(consent(), { ...disclosure, dataCategories: ['wonen', 'persoonsgegevens'] })).toBeNull();
  });

  it('names what is wrong: scope, recipient, status, categories', () => {
    expect(consentMismatch(consent({ scope: 'processing' }), disclosure)).toBe('scope');
    expect(consentMismatch(consent(), { ...disclosure, recipient: 'Woningcorporatie' })).toBe('recipient');
    expect(consentMismatch(consent(), { ...disclosure, date: '2026-10-01' })).toBe('status');
    expect(consentMismatch(consent({ withdrawnOn: '2026-06-01' }), disclosure)).toBe('status');
    expect(consentMismatch(consent(), { ...disclosure, date: '2026-02-01' })).toBe('status');
    expect(consentMismatch(consent(), { ...disclosure, dataCategories: ['wonen', 'gezondheid'] })).toBe('categories');
  });
});
