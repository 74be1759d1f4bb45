import type { ClientEntity } from './client.entity';
import { toClientSummary, toClientView } from './client.mapper';

function client(overrides: Partial<ClientEntity> = {}): ClientEntity {
  return {
    id: 'c-1',
    organisationId: 'org-1',
    teamId: 'team-a',
    givenName: 'Jan',
    familyNamePrefix: 'de',
    familyName: 'Vries',
    searchName: 'jan de vries',
    sortName: 'vries jan',
    dateOfBirth: '1950-01-02',
    phone: null,
    email: null,
    addressStreet: null,
    addressHouseNumber: null,
    addressPostcode: null,
    addressCity: null,
    municipalityCode: 'GM0344',
    municipalityName: 'Utrecht',
    preferredLanguage: 'nl',
    interpreterNeeded: false,
    accessibilityNeeds: ['hearing'],
    representatives: [{ kind: 'curator', name: 'Mr. Bakker', phone: null, email: null, secret: 'x' } as never],
    consentGivenOn: null,
    consentScope: null,
    consentRecordedById: null,
    consentRecordedAt: null,
    anonymisedAt: null,
    createdById: 'u-1',
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-02T10:00:00Z'),
    version: 2,
    ...overrides,
  };
}

describe('client mapper', () => {
  it('summarises a client with the Dutch display name and nothing else', () => {
    expect(toClientSummary(client())).toEqual({
      id: 'c-1',
      displayName: 'Jan de Vries',
      dateOfBirth: '1950-01-02',
      municipality: { code: 'GM0344', name: 'Utrecht' },
      teamId: 'team-a',
    });
  });

  it('never copies internal columns or unknown keys into the view', () => {
    const view = toClientView(client(), null, { edit: true }) as unknown as Record<string, unknown>;
    for (const internal of [
      'organisationId',
      'searchName',
      'sortName',
      'createdById',
      'addressStreet',
      'consentScope',
    ]) {
      expect(view).not.toHaveProperty(internal);
    }
    expect(view['representatives']).toEqual([{ kind: 'curator', name: 'Mr. Bakker', phone: null, email: null }]);
  });

  it('shows an address and consent only when complete', () => {
    const withBoth = client({
      addressStreet: 'Oudegracht',
      addressHouseNumber: '1',
      addressPostcode: '3511 AB',
      addressCity: 'Utrecht',
      consentGivenOn: '2026-11-02',
      consentScope: 'Ondersteuning',
      consentRecordedById: 'u-1',
      consentRecordedAt: new Date('2026-11-02T09:00:00Z'),
    });
    const view = toClientView(withBoth, { id: 'u-1', displayName: 'Sanne', role: 'supporter' }, { edit: true });
    expect(view.address).toEqual({ street: 'Oudegracht', houseNumber: '1', postcode: '3511 AB', city: 'Utrecht' });
    expect(view.processingConsent).toEqual({
      givenOn: '2026-11-02',
      scope: 'Ondersteuning',
      recordedBy: { id: 'u-1', displayName: 'Sanne', role: 'supporter' },
      recordedAt: '2026-11-02T09:00:00.000Z',
    });
    expect(toClientView(client(), null, { edit: true }).address).toBeNull();
  });
});
