export { visitsRoutes } from './lib/visits.routes';
