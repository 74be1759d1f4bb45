export { ConsentModule, CONSENT_ENTITIES } from './lib/consent.module';
export { ConsentEntity } from './lib/consent.entity';
export { DisclosureEntity } from './lib/disclosure.entity';
