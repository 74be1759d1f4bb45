import { flattenValidationErrors } from '@naast/api-core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateClientDto } from './create-client.dto';
import { UpdateClientDto } from './update-client.dto';

const TEAM = '0b9d6a52-9f0e-4a4c-8a43-1b2f3c4d5e6f';

function validClient(): Record<string, unknown> {
  return {
    teamId: TEAM,
    givenName: 'Fatima',
    familyNamePrefix: 'el',
    familyName: 'Amrani',
    dateOfBirth: '1958-03-14',
    phone: '06 12345678',
    email: 'fatima@example.nl',
    address: { street: 'Oudegracht', houseNumber: '12', postcode: '3511ab', city: 'Utrecht' },
    municipality: { code: 'GM0344', name: 'Utrecht' },
    preferredLanguage: 'ar',
    interpreterNeeded: true,
    accessibilityNeeds: ['low_literacy'],
    representatives: [{ kind: 'mentor', name: 'Youssef Amrani' }],
    processingConsent: { givenOn: '2026-11-02', scope: 'Gegevens voor de ondersteuning' },
  };
}

async function check<T extends object>(type: new () => T, body: Record<string, unknown>) {
  // The same options as the app's ValidationPipe.
  const dto = plainToInstance(type, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, fields: [...new Set(flattenValidationErrors(errors).map((e) => e.field))] };
}

describe(CreateClientDto.name, () => {
  it('accepts a complete client and normalises the postcode to "1234 AB"', async () => {
    const { dto, fields } = await check(CreateClientDto, validClient());
    expect(fields).toEqual([]);
    expect(dto.address?.postcode).toBe('3511 AB');
  });

  it('names each wrong nested field by its path', async () => {
    const body = {
      ...validClient(),
      address: { street: 'Oudegracht', houseNumber: '12', postcode: '0123 AB', city: 'Utrecht' },
      municipality: { code: 'GM344', name: 'Utrecht' },
      representatives: [{ kind: 'buurman', name: '' }],
    };
    const { fields } = await check(CreateClientDto, body);
    expect(fields).toEqual(
      expect.arrayContaining([
        'address.postcode',
        'municipality.code',
        'representatives.0.kind',
        'representatives.0.name',
      ]),
    );
  });

  it('refuses a postcode with SA, SD or SS, which PostNL does not issue', async () => {
    const { fields } = await check(CreateClientDto, {
      ...validClient(),
      address: { street: 'A', houseNumber: '1', postcode: '1234 SS', city: 'B' },
    });
    expect(fields).toEqual(['address.postcode']);
  });

  it('refuses a date of birth in the future or not after 1900', async () => {
    const nextYear = `${new Date().getFullYear() + 1}-01-01`;
    expect((await check(CreateClientDto, { ...validClient(), dateOfBirth: nextYear })).fields).toEqual(['dateOfBirth']);
    expect((await check(CreateClientDto, { ...validClient(), dateOfBirth: '1900-01-01' })).fields).toEqual([
      'dateOfBirth',
    ]);
    expect((await check(CreateClientDto, { ...validClient(), dateOfBirth: '1980-02-30' })).fields).toEqual([
      'dateOfBirth',
    ]);
  });

  it('refuses names that are empty after trimming or longer than 100 characters', async () => {
    expect((await check(CreateClientDto, { ...validClient(), givenName: '   ' })).fields).toEqual(['givenName']);
    expect((await check(CreateClientDto, { ...validClient(), familyName: 'x'.repeat(101) })).fields).toEqual([
      'familyName',
    ]);
  });

  it('refuses unknown accessibility needs, a bad language code and an unknown field', async () => {
    const { fields } = await check(CreateClientDto, {
      ...validClient(),
      accessibilityNeeds: ['wheelchair'],
      preferredLanguage: 'NL',
      bsn: '123456782',
    });
    expect(fields).toEqual(expect.arrayContaining(['accessibilityNeeds', 'preferredLanguage', 'bsn']));
  });

  it('caps the number of representatives', async () => {
    const representatives = Array.from({ length: 11 }, (_, i) => ({ kind: 'gemachtigde', name: `Persoon ${i}` }));
    expect((await check(CreateClientDto, { ...validClient(), representatives })).fields).toEqual(['representatives']);
  });
});

describe(UpdateClientDto.name, () => {
  it('accepts a partial change with a version', async () => {
    expect((await check(UpdateClientDto, { version: 3, phone: null, familyNamePrefix: null })).fields).toEqual([]);
  });

  it('refuses null for a field the client must have', async () => {
    const { fields } = await check(UpdateClientDto, { version: 3, familyName: null, municipality: null });
    expect(fields).toEqual(expect.arrayContaining(['familyName', 'municipality']));
  });

  it('requires the version and refuses a change of team', async () => {
    const { fields } = await check(UpdateClientDto, { givenName: 'Fatma', teamId: TEAM });
    expect(fields).toEqual(expect.arrayContaining(['version', 'teamId']));
  });
});
