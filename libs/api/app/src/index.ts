export * from './lib/app.module';
export * from './lib/bootstrap';
export * from './lib/data-source.options';
export * from './lib/commands';
