/** Route paths under the global `/api` prefix, shared by the API controllers and the web client. */
export const API_PREFIX = 'api';
export const ApiPaths = {
  admin: 'admin',
  /** The signed-in user's own account: account/sessions, account/password. */
  account: 'account',
  auth: 'auth',
  clients: 'clients',
  cases: 'cases',
  visits: 'visits',
  /** Plan routes live under a case: cases/:caseId/plan/... */
  plan: 'plan',
  planActions: 'plan-actions',
  /** Procedures live under a case (cases/:caseId/procedures); procedures/deadlines spans cases. */
  procedures: 'procedures',
  /** Start pages: workspace/my-work (supporter), workspace/my-visits and workspace/my-hours (volunteer). */
  workspace: 'workspace',
  visitDrafts: 'visit-drafts',
  caseloadReview: 'caseload-review',
  /** Users' declared affiliations: users/:userId/affiliations, and the overview at affiliations. */
  affiliations: 'affiliations',
  /** Under a case: cases/:caseId/independence, cases/:caseId/role-card(.pdf). */
  independence: 'independence',
  roleCard: 'role-card',
  roleCardText: 'role-card-text',
  /** Signals (barriers met): cases/:caseId/signals to list and record, signals/:id to change. */
  signals: 'signals',
  /** Reach report for a commissioning party: reach, reach/parties, reach/export.csv|pdf. */
  reach: 'reach',
  /** Consent and disclosures of a client: clients/:clientId/consents|disclosures, consents/:id/withdrawal. */
  consents: 'consents',
  disclosures: 'disclosures',
  domains: 'domains',
  users: 'users',
  health: 'health',
  /** Access-log search (access-log), per employee (access-log/users/:userId); the client's view at clients/:clientId/access-log(.pdf). */
  accessLog: 'access-log',
  /** Inzage export of one client: clients/:clientId/inzage.json|pdf. */
  inzage: 'inzage',
  /** Anonymisation of one client: clients/:clientId/anonymisation; the retention dry-run at admin/retention/dry-run. */
  anonymisation: 'anonymisation',
  retention: 'retention',
} as const;
