export { workspaceRoutes } from './lib/workspace.routes';
