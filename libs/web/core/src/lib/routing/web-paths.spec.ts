import { drillDownParams, homeUrlFor, safeReturnUrl } from './web-paths';

describe('web paths', () => {
  it('gives every role its own home', () => {
    expect(homeUrlFor('supporter')).toBe('/mijn-werk');
    expect(homeUrlFor('volunteer')).toBe('/koppelingen');
    expect(homeUrlFor('team_lead')).toBe('/caseloadoverzicht');
    expect(homeUrlFor('admin')).toBe('/beheer');
  });

  it('names only the parts of a drill-down that are given', () => {
    expect(drillDownParams({ attention: 'no_contact', supporterId: 'u-1' })).toEqual({
      aandacht: 'no_contact',
      ondersteuner: 'u-1',
    });
    expect(drillDownParams({ status: 'intake', teamId: 't-1' })).toEqual({ status: 'intake', team: 't-1' });
    expect(drillDownParams({})).toEqual({});
  });

  it('accepts a return URL inside the app', () => {
    expect(safeReturnUrl('/caseload/42?tab=visits')).toBe('/caseload/42?tab=visits');
  });

  it.each([
    'https://evil.example',
    '//evil.example/x',
    '/\\evil.example',
    'caseload',
    '',
    null,
    undefined,
    '/inloggen',
    '/inloggen?returnUrl=%2F',
  ])('refuses %p as return URL', (value) => {
    expect(safeReturnUrl(value)).toBeNull();
  });
});
