import { flattenValidationErrors } from '@naast/api-core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AmendVisitDto } from './amend-visit.dto';
import { CreateVisitDto, isInstant } from './create-visit.dto';

async function check<T extends object>(type: new () => T, raw: Record<string, unknown>) {
  const errors = await validate(plainToInstance(type, raw), { whitelist: true, forbidNonWhitelisted: true });
  return [...new Set(flattenValidationErrors(errors).map((e) => e.field))];
}

const valid = {
  occurredAt: '2026-11-28T14:00:00+01:00',
  minutes: 45,
  mode: 'home_visit',
  domains: ['wonen'],
  summary: 'Gesproken over de huurachterstand.',
};

describe(CreateVisitDto.name, () => {
  it('accepts a visit with no domains touched', async () => {
    expect(await check(CreateVisitDto, { ...valid, domains: [] })).toEqual([]);
  });

  it('needs a date-time with its offset, and a real one', () => {
    expect(isInstant('2026-11-28T14:00:00Z')).toBe(true);
    expect(isInstant('2026-11-28T14:00:00.123+01:00')).toBe(true);
    expect(isInstant('2026-11-28T14:00:00')).toBe(false);
    expect(isInstant('2026-11-28')).toBe(false);
    expect(isInstant('2026-04-31T10:00:00+02:00')).toBe(false);
  });

  it('keeps minutes between 1 and a day', async () => {
    expect(await check(CreateVisitDto, { ...valid, minutes: 0 })).toEqual(['minutes']);
    expect(await check(CreateVisitDto, { ...valid, minutes: 24 * 60 + 1 })).toEqual(['minutes']);
    expect(await check(CreateVisitDto, { ...valid, minutes: 12.5 })).toEqual(['minutes']);
  });

  it('names an unknown mode, an unknown domain and an empty summary', async () => {
    expect(await check(CreateVisitDto, { ...valid, mode: 'email', domains: ['vrije_tijd'], summary: '  ' })).toEqual(
      expect.arrayContaining(['mode', 'domains', 'summary']),
    );
  });

  it('refuses to let the client choose the author', async () => {
    expect(await check(CreateVisitDto, { ...valid, authorId: '0b9d6a52-9f0e-4a4c-8a43-1b2f3c4d5e6f' })).toEqual([
      'authorId',
    ]);
  });
});

describe(AmendVisitDto.name, () => {
  it('needs a reason of at least three characters and the version', async () => {
    expect(await check(AmendVisitDto, { minutes: 30 })).toEqual(expect.arrayContaining(['reason', 'version']));
    expect(await check(AmendVisitDto, { minutes: 30, reason: 'ok', version: 1 })).toEqual(['reason']);
    expect(await check(AmendVisitDto, { minutes: 30, reason: 'Verkeerde duur', version: 1 })).toEqual([]);
  });

  it('lets the next steps be cleared but not the summary', async () => {
    expect(await check(AmendVisitDto, { nextSteps: null, reason: 'Niet meer nodig', version: 1 })).toEqual([]);
    expect(await check(AmendVisitDto, { summary: null, reason: 'Leeg maken', version: 1 })).toEqual(['summary']);
  });
});
