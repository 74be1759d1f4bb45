/* Fault suite (npm run test:resilience): database outages, killed connections, SIGTERM, kill -9. */
const base = require('./jest.config.cts');

module.exports = {
  ...base,
  displayName: 'api-resilience',
  testMatch: ['<rootDir>/src/**/*.resilience-spec.ts'],
  testTimeout: 240_000,
};
