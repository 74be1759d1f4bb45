export { accountSecondFactorRoutes, authRoutes } from './lib/auth.routes';
