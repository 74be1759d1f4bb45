/* Integration suites: real PostgreSQL, one database per suite copied from a migrated template. */
module.exports = {
  displayName: 'api-int',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: {
    '^@naast/contracts$': '<rootDir>/../../libs/shared/contracts/src/index.ts',
    '^@naast/migrations$': '<rootDir>/../../migrations/index.ts',
    '^@naast/api-(.*)$': '<rootDir>/../../libs/api/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
  // Two cores: two suites at a time, each with its own database.
  maxWorkers: 2,
};
