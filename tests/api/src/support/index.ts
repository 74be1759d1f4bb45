export * from './factories';
export * from './test-app';
export * from './test-client';
export * from './world';
export * from './listening';
export * from './fetch-session';
export * from './present';
export * from './totp';
