export * from './lib/visit-amendment';
export * from './lib/visits-api.service';
export * from './lib/visits.store';
