export { ReachModule } from './lib/reach.module';
