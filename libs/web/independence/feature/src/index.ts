export { independenceRoutes, roleCardPrintRoutes } from './lib/independence.routes';
