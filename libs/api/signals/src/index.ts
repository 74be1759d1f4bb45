export { SignalsModule, SIGNAL_ENTITIES } from './lib/signals.module';
