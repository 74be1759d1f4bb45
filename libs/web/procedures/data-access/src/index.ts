export * from './lib/procedures-api.service';
export * from './lib/case-procedures.store';
export * from './lib/procedure-lines';
export * from './lib/procedures.messages';
export * from './lib/case-procedures/case-procedures.component';
export * from './lib/procedure-deadlines/procedure-deadlines.component';
export * from './lib/procedure-form/procedure-form.component';
