export { reachRoutes } from './lib/reach.routes';
