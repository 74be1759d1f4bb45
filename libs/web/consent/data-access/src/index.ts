export * from './lib/consent-api.service';
export * from './lib/consent.store';
export * from './lib/consent-panel/consent-panel.component';
