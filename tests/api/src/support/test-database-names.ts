export const TEST_SERVER_URL_ENV = 'NAAST_TEST_SERVER_URL';

/** The database name of a URL; refuses any database whose name does not say it is for tests. */
export function testDatabaseBaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
  return name.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
