import { flattenValidationErrors } from '@naast/api-core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CaseListQueryDto } from './case-list-query.dto';
import { CreateCaseDto } from './create-case.dto';
import { UpdateCaseDto } from './update-case.dto';

async function check<T extends object>(type: new () => T, raw: Record<string, unknown>) {
  const dto = plainToInstance(type, raw);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, fields: [...new Set(flattenValidationErrors(errors).map((e) => e.field))] };
}

describe(CaseListQueryDto.name, () => {
  it('reads one status, a repeated status and a comma-separated list alike', async () => {
    expect((await check(CaseListQueryDto, { status: 'intake' })).dto.status).toEqual(['intake']);
    expect((await check(CaseListQueryDto, { status: ['intake', 'actief'] })).dto.status).toEqual(['intake', 'actief']);
    expect((await check(CaseListQueryDto, { domain: 'zorg,wonen' })).dto.domain).toEqual(['zorg', 'wonen']);
  });

  it('turns query-string text into numbers and booleans', async () => {
    const { dto, fields } = await check(CaseListQueryDto, { limit: '50', mine: 'true', sort: '-clientName' });
    expect(fields).toEqual([]);
    expect(dto).toMatchObject({ limit: 50, mine: true, sort: '-clientName' });
  });

  it('names every unknown value', async () => {
    const { fields } = await check(CaseListQueryDto, {
      status: ['intake', 'gesloten'],
      domain: 'geld',
      sort: 'name',
      limit: '101',
      mine: 'yes',
      teamId: 'x',
    });
    expect(fields).toEqual(expect.arrayContaining(['status', 'domain', 'sort', 'limit', 'mine', 'teamId']));
  });

  it('refuses a limit that is not a whole number', async () => {
    expect((await check(CaseListQueryDto, { limit: '2.5' })).fields).toEqual(['limit']);
    expect((await check(CaseListQueryDto, { limit: '0' })).fields).toEqual(['limit']);
  });
});

describe(CreateCaseDto.name, () => {
  const valid = {
    clientId: '0b9d6a52-9f0e-4a4c-8a43-1b2f3c4d5e6f',
    question: 'Ik wil graag hulp bij mijn schulden',
    domains: ['inkomen'],
    legalFrameworks: ['participatiewet', 'schuldhulpverlening'],
    commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
    referralSource: 'wijkteam',
  };

  it('accepts a case with the minimum a case needs', async () => {
    expect((await check(CreateCaseDto, valid)).fields).toEqual([]);
  });

  it('needs at least one domain, and only known ones', async () => {
    expect((await check(CreateCaseDto, { ...valid, domains: [] })).fields).toEqual(['domains']);
    expect((await check(CreateCaseDto, { ...valid, domains: ['zorg', 'geld'] })).fields).toEqual(['domains']);
  });

  it('names bad nested parties and a future registration date', async () => {
    const { fields } = await check(CreateCaseDto, {
      ...valid,
      commissioningParty: { kind: 'provincie', name: '' },
      involvedParties: [
        { kind: 'uwv', name: 'UWV Utrecht' },
        { kind: 'bank', name: 'ING' },
      ],
      registeredOn: '2999-01-01',
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        'commissioningParty.kind',
        'commissioningParty.name',
        'involvedParties.1.kind',
        'registeredOn',
      ]),
    );
  });

  it('refuses a lead supporter or volunteer list set to null', async () => {
    const { fields } = await check(CreateCaseDto, { ...valid, leadSupporterId: null, volunteerIds: null });
    expect(fields).toEqual(expect.arrayContaining(['leadSupporterId', 'volunteerIds']));
  });
});

describe(UpdateCaseDto.name, () => {
  it('lets the first contact date be cleared but not the question', async () => {
    expect((await check(UpdateCaseDto, { version: 1, firstContactOn: null })).fields).toEqual([]);
    expect((await check(UpdateCaseDto, { version: 1, question: null })).fields).toEqual(['question']);
  });

  it('does not move a case to another client', async () => {
    expect(
      (await check(UpdateCaseDto, { version: 1, clientId: '0b9d6a52-9f0e-4a4c-8a43-1b2f3c4d5e6f' })).fields,
    ).toEqual(['clientId']);
  });
});
