export * from './lib/privacy-api.service';
export * from './lib/privacy.messages';
export * from './lib/client-privacy-panel/client-privacy-panel.component';
