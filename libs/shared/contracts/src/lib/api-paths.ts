/** Route paths under the global `/api` prefix, shared by the API controllers and the web client. */
export const API_PREFIX = 'api';
export const ApiPaths = {
  admin: 'admin',
  auth: 'auth',
  clients: 'clients',
  cases: 'cases',
  visits: 'visits',
  /** Plan routes live under a case: cases/:caseId/plan/... */
  plan: 'plan',
  planActions: 'plan-actions',
  /** Start pages: workspace/my-work (supporter), workspace/my-visits and workspace/my-hours (volunteer). */
  workspace: 'workspace',
  visitDrafts: 'visit-drafts',
  caseloadReview: 'caseload-review',
  domains: 'domains',
  users: 'users',
  health: 'health',
} as const;
