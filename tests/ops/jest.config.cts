/*
 * Operations suites: the built API (dist/apps/api/main.js) as real processes on a real PostgreSQL.
 * This config runs the stateless proof (part of npm test); jest.resilience.config.cts the faults.
 */
module.exports = {
  displayName: 'api-ops',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.stateless-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: {
    '^@naast/contracts$': '<rootDir>/../../libs/shared/contracts/src/index.ts',
    '^@naast/migrations$': '<rootDir>/../../migrations/index.ts',
    '^@naast/api-(.*)$': '<rootDir>/../../libs/api/$1/src/index.ts',
  },
  testTimeout: 120_000,
  // The processes under test share two cores: one suite at a time.
  maxWorkers: 1,
};
