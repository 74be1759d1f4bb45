export { clientAccessRoutes, privacyRoutes } from './lib/privacy.routes';
