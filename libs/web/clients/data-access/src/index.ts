export * from './lib/client-detail.store';
export * from './lib/clients-api.service';
export * from './lib/clients.store';
