export { clientsRoutes } from './lib/clients.routes';
