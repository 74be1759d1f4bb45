export * from './lib/signals-api.service';
export * from './lib/case-signals.store';
export * from './lib/case-signals/case-signals.component';
