import { isValidCsrfToken, issueCsrfToken } from './csrf';

describe('CSRF tokens', () => {
  const secret = 'a-secret-of-sufficient-length-for-tests';

  it('accepts a token it issued', () => {
    expect(isValidCsrfToken(secret, issueCsrfToken(secret))).toBe(true);
  });

  it('issues a different token each time', () => {
    expect(issueCsrfToken(secret)).not.toBe(issueCsrfToken(secret));
  });

  it('refuses a token signed with another secret, a tampered token and garbage', () => {
    const token = issueCsrfToken(secret);
    expect(isValidCsrfToken('another-secret-of-sufficient-length', token)).toBe(false);
    expect(isValidCsrfToken(secret, `x${token}`)).toBe(false);
    expect(isValidCsrfToken(secret, 'no-dot')).toBe(false);
    expect(isValidCsrfToken(secret, undefined)).toBe(false);
  });
});
