export { accountRoutes } from './lib/account.routes';
