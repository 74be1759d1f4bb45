export * from './factories';
export * from './test-app';
export * from './test-client';
export * from './world';
