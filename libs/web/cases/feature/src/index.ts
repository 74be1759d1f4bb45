export { casesRoutes } from './lib/cases.routes';
