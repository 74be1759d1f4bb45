export { planPrintRoutes, planRoutes } from './lib/plans.routes';
