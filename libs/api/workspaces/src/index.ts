export { WorkspacesModule, WORKSPACES_ENTITIES } from './lib/workspaces.module';
export { VisitDraftEntity } from './lib/visit-drafts/visit-draft.entity';
