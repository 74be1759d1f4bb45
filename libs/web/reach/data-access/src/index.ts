export * from './lib/reach-api.service';
export * from './lib/reach.store';
