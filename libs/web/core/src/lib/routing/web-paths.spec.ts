import { homeUrlFor, safeReturnUrl } from './web-paths';

describe('web paths', () => {
  it('gives every role its own home', () => {
    expect(homeUrlFor('supporter')).toBe('/caseload');
    expect(homeUrlFor('volunteer')).toBe('/koppelingen');
    expect(homeUrlFor('team_lead')).toBe('/caseload/team');
    expect(homeUrlFor('admin')).toBe('/beheer');
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
