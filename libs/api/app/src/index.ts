export * from './lib/app.module';
export * from './lib/bootstrap';
export * from './lib/data-source.options';
