/**
 * The authorization matrix of the Naast API: for every route, what each point of view may do, and for
 * routes on an object, per data scope. `authorization-matrix.int-spec.ts` generates one test per
 * route × view × scope from this file, and fails when a route of the running app is missing here or
 * an entry names a route that no longer exists. Adding a route is adding one entry.
 *
 * Points of view (`View`): anonymous, and a volunteer, supporter, team lead and administrator of
 * organisation A, team North. Scopes (`Scope`): `own` (registered, led or written by the view; for a
 * volunteer the cases they are linked to and the visits they wrote), `team` (a colleague's in team North),
 * `organisation` (team South of organisation A) and `otherOrganisation` (organisation B).
 *
 * Outcomes:
 * - `allowed`: 2xx.
 * - 401 / 403: refused. A role the route does not admit gets 403 from the guard before any lookup,
 *   so it learns nothing about the object, whatever its scope.
 * - 404: the object is "not found", answered exactly like an id that does not exist (the suite checks
 *   status and message against a random id). Another organisation's objects always answer so.
 * - `unknown-reference`: a body field names an object the view may not know of: 400 naming that
 *   field, exactly as for an id that does not exist.
 * - `listed` / `hidden`: a 200 list that does / does not contain the scope's object.
 * Every 2xx answer to a user of organisation A is also checked to contain no id of organisation B.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_ROLE_CARD_SECTIONS, SEARCH_HEADER, encodeSearchHeader } from '@naast/contracts';
import type { ObjectKind, Scope, ScopedObjects, View } from '../fixtures/scoped-objects';
import { present, type TestClient, testTotpClock } from '../support';

export type Outcome = 'allowed' | 'listed' | 'hidden' | 'unknown-reference' | 401 | 403 | 404;
export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** One outcome for every scope, or one per scope. */
export type ViewRule = Outcome | Record<Scope, Outcome>;

export interface RequestContext {
  /** The objects of the scope under test (for a route without `target`: the view's own). */
  objects: ScopedObjects;
  /** The view's user (absent for anonymous). */
  credentials?: { email: string; password: string };
  /** What the rule's `prepare` returned for this client. */
  prepared?: object;
}

export interface RouteRule {
  method: HttpMethod;
  /** As in the OpenAPI document: `/api/cases/{caseId}/visits`. */
  path: string;
  /**
   * What the scope is about. Path parameters `{id}` and `{<kind>Id}` take that object's id;
   * `{caseId}` under a visit takes the visit's case.
   */
  target?: ObjectKind;
  /** The route changes its target or creates something: each test gets freshly built objects. */
  writes?: boolean;
  /** The request is sent from a new session (sign-in and sign-out must not end the shared ones). */
  freshSession?: boolean;
  /**
   * The target is a user or team built for this one check (admin writes that would otherwise block
   * or reshape the accounts and teams the other checks use); a `{userId}`/`{teamId}` is that object.
   */
  freshIdentity?: boolean;
  /**
   * The request changes the caller's own account (password, other sessions): it is sent as a new
   * user of the view's role, so the shared sessions of that view survive.
   */
  isolatedUser?: boolean;
  body?: (ctx: RequestContext) => object;
  /** Brings a signed-in client's session into the state the route needs (e.g. an enrolment started). */
  prepare?: (client: TestClient) => Promise<object>;
  query?: (ctx: RequestContext) => Record<string, string>;
  /** Request headers, e.g. the search header that carries a name instead of the URL. */
  headers?: (ctx: RequestContext) => Record<string, string>;
  /** The body field that refers to the target (for `unknown-reference`). */
  referenceField?: string;
  /** A volunteer may read client content through this route: their answers are checked for hidden fields. */
  clientContent?: boolean;
  /**
   * Fields a write body must never set (beyond `MASS_ASSIGNMENT_FIELDS`), each refused with 400 naming
   * it; `as` sends them for its own objects. Dotted names are nested.
   */
  massAssignment?: { as: Exclude<View, 'anonymous'>; fields: string[] };
  expect: Record<View, ViewRule>;
}

/**
 * Fields no write body may set: identity, tenant, role and bookkeeping are the server's. `version` is
 * refused too, except on routes that take it as their optimistic lock.
 */
export const MASS_ASSIGNMENT_FIELDS = [
  'id',
  'organisationId',
  'role',
  'createdById',
  'createdAt',
  'updatedAt',
  'isAdmin',
];

/**
 * What a volunteer must never see, in any answer with client content. Need to know: a volunteer sees
 * the cases they are linked to and what a visit needs (the client's name and municipality, the
 * question, domains, lead supporter and visits). Not the client's date of birth, contact details,
 * address, legal representatives or consent record (volunteers cannot read client records at all),
 * and not the case's involved parties, status history or closing reason. A key may appear only as
 * null or an empty list.
 */
export const VOLUNTEER_HIDDEN_FIELDS = [
  'dateOfBirth',
  'address',
  'phone',
  'email',
  'representatives',
  'processingConsent',
  'involvedParties',
  'statusHistory',
  'closingReason',
] as const;

const SIGNED_IN_ONLY = {
  anonymous: 401,
  volunteer: 'allowed',
  supporter: 'allowed',
  team_lead: 'allowed',
  admin: 'allowed',
} as const;
const PUBLIC = {
  anonymous: 'allowed',
  volunteer: 'allowed',
  supporter: 'allowed',
  team_lead: 'allowed',
  admin: 'allowed',
} as const;

const ADMINS_ONLY = { anonymous: 401, volunteer: 403, supporter: 403, team_lead: 403, admin: 'allowed' } as const;
const scopes = (
  own: Outcome,
  team: Outcome,
  organisation: Outcome,
  otherOrganisation: Outcome,
): Record<Scope, Outcome> => ({
  own,
  team,
  organisation,
  otherOrganisation,
});

/** The organisation's own users and teams: its administrators; another organisation's are "not found". */
const ADMINS_OF_THE_ORGANISATION = {
  anonymous: 401,
  volunteer: 403,
  supporter: 403,
  team_lead: 403,
  admin: scopes('allowed', 'allowed', 'allowed', 404),
} as const;

/** Read a case, its visits or a visit: linked volunteers, and supporters and team leads of the team. */
const CASE_READERS = {
  anonymous: 401,
  volunteer: scopes('allowed', 403, 403, 404),
  supporter: scopes('allowed', 'allowed', 403, 404),
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** Read a case's procedures: supporters and team leads of the team; volunteers do not. */
const PROCEDURE_READERS = {
  anonymous: 401,
  volunteer: 403,
  supporter: scopes('allowed', 'allowed', 403, 404),
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** Change a client or case, record a visit: the supporter for their own, a team lead for the team. */
const TEAM_WRITERS_NO_VOLUNTEER = {
  anonymous: 401,
  volunteer: 403,
  supporter: scopes('allowed', 403, 403, 404),
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** A visit draft: its author alone reads, changes, removes or submits it. */
const DRAFT_AUTHOR_ONLY = {
  anonymous: 401,
  volunteer: scopes('allowed', 404, 404, 404),
  supporter: scopes('allowed', 404, 404, 404),
  team_lead: scopes('allowed', 404, 404, 404),
  admin: 403,
} as const;
const DRAFT_LISTERS = {
  anonymous: 401,
  volunteer: scopes('listed', 'hidden', 'hidden', 'hidden'),
  supporter: scopes('listed', 'hidden', 'hidden', 'hidden'),
  team_lead: scopes('listed', 'hidden', 'hidden', 'hidden'),
  admin: 403,
} as const;

/** The caseload review: team leads, of their own teams only (another team answers like an unknown one). */
const CASELOAD_REVIEWERS = {
  anonymous: 401,
  volunteer: 403,
  supporter: 403,
  team_lead: scopes('allowed', 'allowed', 404, 404),
  admin: 403,
} as const;

/** A person's declared affiliations: themselves, a team lead for their teams' members, the administrator. */
const AFFILIATION_MANAGERS = {
  anonymous: 401,
  volunteer: scopes('allowed', 403, 403, 404),
  supporter: scopes('allowed', 403, 403, 404),
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: scopes('allowed', 'allowed', 'allowed', 404),
} as const;

/** Record or change a signal: the linked volunteer or author, the lead supporter, a team lead of the team. */
const SIGNAL_WRITERS = {
  anonymous: 401,
  volunteer: scopes('allowed', 403, 403, 404),
  supporter: scopes('allowed', 403, 403, 404),
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** Consent and disclosures of a client: supporters and team leads who read the client; volunteers never. */
const CONSENT_KEEPERS = {
  anonymous: 401,
  volunteer: 403,
  supporter: scopes('allowed', 'allowed', 403, 404),
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** Anonymise a client: team leads of the client's team; another team's client is refused, another organisation's unknown. */
const ANONYMISERS = {
  anonymous: 401,
  volunteer: 403,
  supporter: 403,
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** The client's view of the access log: the lead supporter of the client's case, a team lead of the client's team. */
const CLIENT_ACCESS_VIEWERS = {
  anonymous: 401,
  volunteer: 403,
  supporter: scopes('allowed', 403, 403, 404),
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** The inzage export: a team lead of the client's team. */
const INZAGE_EXPORTERS = {
  anonymous: 401,
  volunteer: 403,
  supporter: 403,
  team_lead: scopes('allowed', 'allowed', 403, 404),
  admin: 403,
} as const;

/** Aggregates only, organisation-wide: no client content, so no scope to check. */
const REACH_READERS = {
  anonymous: 401,
  volunteer: 403,
  supporter: 403,
  team_lead: 'allowed',
  admin: 'allowed',
} as const;

let lastEnrolledSecret = '';
/** Starts an enrolment in the client's session; the body confirms it with a code of the new secret. */
async function startEnrolment(client: TestClient): Promise<object> {
  const started = await client.post('/api/auth/second-factor/enrolment');
  lastEnrolledSecret = (started.body as { secret: string }).secret;
  return { code: testTotpClock.nextCode(lastEnrolledSecret) };
}

export const AUTHORIZATION_MATRIX: readonly RouteRule[] = [
  // Sign-in and the platform.
  {
    method: 'post',
    path: '/api/auth/login',
    freshSession: true,
    // Anonymous sends credentials that match no account.
    body: ({ credentials }) => credentials ?? { email: 'niemand@test.example', password: 'Verkeerd-wachtwoord-1' },
    expect: { anonymous: 401, volunteer: 'allowed', supporter: 'allowed', team_lead: 'allowed', admin: 'allowed' },
  },
  { method: 'post', path: '/api/auth/logout', freshSession: true, expect: PUBLIC },
  { method: 'get', path: '/api/auth/me', expect: SIGNED_IN_ONLY },
  // The second factor: every role, for their own account only; a session that owes no code gets its state back.
  { method: 'post', path: '/api/auth/second-factor', body: () => ({ code: '000000' }), expect: SIGNED_IN_ONLY },
  { method: 'get', path: '/api/auth/second-factor', expect: SIGNED_IN_ONLY },
  { method: 'post', path: '/api/auth/second-factor/enrolment', expect: SIGNED_IN_ONLY },
  {
    method: 'post',
    path: '/api/auth/second-factor/enrolment/confirm',
    // Confirming ends the user's other sessions.
    isolatedUser: true,
    prepare: startEnrolment,
    body: ({ prepared }) => prepared ?? { code: '000000' },
    expect: SIGNED_IN_ONLY,
  },
  {
    method: 'post',
    path: '/api/auth/second-factor/recovery-codes',
    isolatedUser: true,
    prepare: async (client) => {
      const confirm = await startEnrolment(client);
      await client.post('/api/auth/second-factor/enrolment/confirm', confirm);
      return { code: testTotpClock.nextCode(lastEnrolledSecret) };
    },
    body: ({ prepared }) => prepared ?? { code: '000000' },
    expect: SIGNED_IN_ONLY,
  },
  { method: 'get', path: '/api/health/live', expect: PUBLIC },
  { method: 'get', path: '/api/health/ready', expect: PUBLIC },

  { method: 'get', path: '/api/domains', expect: SIGNED_IN_ONLY },

  // The organisation itself: administrators only, and never another organisation's.
  {
    method: 'get',
    path: '/api/admin/users',
    target: 'user',
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: 403,
      team_lead: 403,
      admin: scopes('listed', 'listed', 'listed', 'hidden'),
    },
  },
  {
    method: 'get',
    path: '/api/admin/teams',
    target: 'team',
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: 403,
      team_lead: 403,
      admin: scopes('listed', 'listed', 'listed', 'hidden'),
    },
  },
  // Managing users and teams: administrators, for their own organisation only.
  {
    method: 'post',
    path: '/api/admin/users',
    writes: true,
    body: () => ({
      email: `matrix.${randomUUID()}@test.example`,
      displayName: 'Matrix Gebruiker',
      role: 'volunteer',
      teamIds: [],
      password: 'een beginwachtwoord van formaat',
    }),
    expect: ADMINS_ONLY,
  },
  {
    method: 'patch',
    path: '/api/admin/users/{userId}',
    target: 'user',
    writes: true,
    freshIdentity: true,
    body: () => ({ version: 1, displayName: 'Matrix Hernoemd' }),
    expect: ADMINS_OF_THE_ORGANISATION,
  },
  {
    method: 'post',
    path: '/api/admin/users/{userId}/second-factor/reset',
    target: 'user',
    writes: true,
    freshIdentity: true,
    expect: ADMINS_OF_THE_ORGANISATION,
  },
  {
    method: 'post',
    path: '/api/admin/users/{userId}/disable',
    target: 'user',
    writes: true,
    freshIdentity: true,
    body: () => ({ version: 1 }),
    expect: ADMINS_OF_THE_ORGANISATION,
  },
  {
    method: 'post',
    path: '/api/admin/users/{userId}/enable',
    target: 'user',
    writes: true,
    freshIdentity: true,
    body: () => ({ version: 1 }),
    expect: ADMINS_OF_THE_ORGANISATION,
  },
  {
    method: 'post',
    path: '/api/admin/teams',
    writes: true,
    body: () => ({ name: `Team ${randomUUID()}` }),
    expect: ADMINS_ONLY,
  },
  { method: 'get', path: '/api/admin/teams/{teamId}', target: 'team', expect: ADMINS_OF_THE_ORGANISATION },
  {
    method: 'patch',
    path: '/api/admin/teams/{teamId}',
    target: 'team',
    writes: true,
    freshIdentity: true,
    body: () => ({ version: 1, name: `Team ${randomUUID()}` }),
    expect: ADMINS_OF_THE_ORGANISATION,
  },
  {
    method: 'put',
    path: '/api/admin/teams/{teamId}/members',
    target: 'team',
    writes: true,
    freshIdentity: true,
    body: ({ objects }) => ({ version: 1, userIds: [objects.user.id] }),
    expect: ADMINS_OF_THE_ORGANISATION,
  },

  // The signed-in user's own account: every role, and only ever their own sessions and password.
  { method: 'get', path: '/api/account/sessions', expect: SIGNED_IN_ONLY },
  {
    method: 'post',
    path: '/api/account/sessions/end',
    // Not a session of the caller: ending it changes nothing, and says nothing about whose it is.
    body: () => ({ sessionId: 'f'.repeat(64) }),
    expect: SIGNED_IN_ONLY,
  },
  { method: 'post', path: '/api/account/sessions/end-others', isolatedUser: true, expect: SIGNED_IN_ONLY },
  {
    method: 'put',
    path: '/api/account/password',
    isolatedUser: true,
    body: ({ credentials }) => ({
      currentPassword: credentials?.password ?? '',
      newPassword: 'een nieuwe wachtzin voor de matrix',
    }),
    expect: SIGNED_IN_ONLY,
  },
  {
    method: 'get',
    path: '/api/users',
    target: 'user',
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes('listed', 'listed', 'listed', 'hidden'),
      team_lead: scopes('listed', 'listed', 'listed', 'hidden'),
      admin: 403,
    },
  },

  // Clients: supporters and team leads of the client's team or of one of its cases.
  {
    method: 'get',
    path: '/api/clients',
    target: 'client',
    headers: ({ objects }) => ({ [SEARCH_HEADER]: encodeSearchHeader(scoped(objects, 'client').familyName) }),
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes('listed', 'listed', 'hidden', 'hidden'),
      team_lead: scopes('listed', 'listed', 'hidden', 'hidden'),
      admin: 403,
    },
  },
  {
    method: 'post',
    path: '/api/clients',
    target: 'team',
    writes: true,
    referenceField: 'teamId',
    body: ({ objects }) => clientBody(objects.team.id),
    massAssignment: {
      as: 'supporter',
      fields: ['version', 'consentRecordedById', 'address.clientId', 'municipality.organisationId'],
    },
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes('allowed', 'allowed', 403, 'unknown-reference'),
      team_lead: scopes('allowed', 'allowed', 403, 'unknown-reference'),
      admin: 403,
    },
  },
  {
    method: 'get',
    path: '/api/clients/{id}',
    target: 'client',
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes('allowed', 'allowed', 403, 404),
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },
  {
    method: 'patch',
    path: '/api/clients/{id}',
    target: 'client',
    writes: true,
    body: ({ objects }) => ({ version: scoped(objects, 'client').version, phone: '030 765 4321' }),
    massAssignment: { as: 'supporter', fields: ['teamId', 'consentRecordedById', 'sortName'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },

  // Cases.
  {
    method: 'get',
    path: '/api/cases',
    target: 'case',
    clientContent: true,
    query: ({ objects }) => ({ clientId: scoped(objects, 'client').id }),
    expect: {
      anonymous: 401,
      volunteer: scopes('listed', 'hidden', 'hidden', 'hidden'),
      supporter: scopes('listed', 'listed', 'hidden', 'hidden'),
      team_lead: scopes('listed', 'listed', 'hidden', 'hidden'),
      admin: 403,
    },
  },
  {
    method: 'post',
    path: '/api/cases',
    target: 'client',
    writes: true,
    referenceField: 'clientId',
    body: ({ objects }) => caseBody(scoped(objects, 'client').id),
    massAssignment: { as: 'supporter', fields: ['version', 'status', 'closedOn', 'commissioningParty.id'] },
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes('allowed', 'allowed', 403, 'unknown-reference'),
      team_lead: scopes('allowed', 'allowed', 403, 'unknown-reference'),
      admin: 403,
    },
  },
  { method: 'get', path: '/api/cases/{id}', target: 'case', clientContent: true, expect: CASE_READERS },
  {
    method: 'patch',
    path: '/api/cases/{id}',
    target: 'case',
    writes: true,
    body: ({ objects }) => ({ version: scoped(objects, 'case').version, question: 'Hulp bij de aanvraag, aangevuld.' }),
    massAssignment: {
      as: 'supporter',
      fields: ['clientId', 'teamId', 'status', 'registeredOn', 'closedOn', 'closingReason'],
    },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'post',
    path: '/api/cases/{id}/status',
    target: 'case',
    writes: true,
    body: ({ objects }) => ({ version: scoped(objects, 'case').version, status: 'intake' }),
    massAssignment: { as: 'supporter', fields: ['closedOn', 'changedById', 'from'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },

  // Visits.
  { method: 'get', path: '/api/cases/{caseId}/visits', target: 'case', clientContent: true, expect: CASE_READERS },
  {
    method: 'post',
    path: '/api/cases/{caseId}/visits',
    target: 'case',
    writes: true,
    clientContent: true,
    body: () => visitBody(),
    massAssignment: { as: 'volunteer', fields: ['version', 'authorId', 'caseId'] },
    expect: {
      anonymous: 401,
      volunteer: scopes('allowed', 403, 403, 404),
      supporter: scopes('allowed', 403, 403, 404),
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },
  { method: 'get', path: '/api/visits/{id}', target: 'visit', clientContent: true, expect: CASE_READERS },
  {
    method: 'post',
    path: '/api/visits/{id}/amendments',
    target: 'visit',
    writes: true,
    clientContent: true,
    body: ({ objects }) => ({ version: scoped(objects, 'visit').version, reason: 'Duur gecorrigeerd', minutes: 50 }),
    massAssignment: { as: 'volunteer', fields: ['amendedById', 'visitId', 'authorId', 'previous'] },
    expect: {
      anonymous: 401,
      // The author corrects their own visit; a volunteer cannot correct a colleague's.
      volunteer: scopes('allowed', 403, 403, 404),
      supporter: scopes('allowed', 403, 403, 404),
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },

  // Support plans: read like their case, written by whoever may edit the case; a linked volunteer
  // ticks off the actions that are theirs.
  { method: 'get', path: '/api/cases/{caseId}/plan', target: 'plan', clientContent: true, expect: CASE_READERS },
  {
    method: 'patch',
    path: '/api/cases/{caseId}/plan',
    target: 'plan',
    writes: true,
    body: ({ objects }) => ({ version: scoped(objects, 'plan').version, nextEvaluationOn: daysFromToday(30) }),
    massAssignment: { as: 'supporter', fields: ['caseId', 'fixedVersion', 'goals'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/plan/goals',
    target: 'plan',
    writes: true,
    body: () => ({ title: 'Ik wil een eigen woning.', domains: ['wonen'] }),
    massAssignment: { as: 'supporter', fields: ['version', 'planId', 'caseId', 'status'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'patch',
    path: '/api/cases/{caseId}/plan/goals/{goalId}',
    target: 'goal',
    writes: true,
    body: ({ objects }) => ({
      version: scoped(objects, 'goal').version,
      title: 'Ik wil van mijn schulden af, stap voor stap.',
    }),
    massAssignment: { as: 'supporter', fields: ['planId', 'caseId', 'position'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'delete',
    path: '/api/cases/{caseId}/plan/goals/{goalId}',
    target: 'goal',
    writes: true,
    query: ({ objects }) => ({ version: String(scoped(objects, 'goal').version) }),
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/plan/goals/{goalId}/actions',
    target: 'goal',
    writes: true,
    body: () => ({ description: 'Afspraak maken bij de woningcorporatie.', owner: { kind: 'client' } }),
    massAssignment: { as: 'supporter', fields: ['version', 'goalId', 'status', 'owner.organisationId'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'patch',
    path: '/api/cases/{caseId}/plan/actions/{actionId}',
    target: 'action',
    writes: true,
    clientContent: true,
    body: ({ objects }) => ({ version: scoped(objects, 'action').version, status: 'done' }),
    massAssignment: { as: 'volunteer', fields: ['goalId', 'ownerUserId', 'completedById'] },
    expect: {
      anonymous: 401,
      // A volunteer's own action is one assigned to them on a case they are linked to.
      volunteer: scopes('allowed', 403, 403, 404),
      supporter: scopes('allowed', 403, 403, 404),
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },
  {
    method: 'delete',
    path: '/api/cases/{caseId}/plan/actions/{actionId}',
    target: 'action',
    writes: true,
    query: ({ objects }) => ({ version: String(scoped(objects, 'action').version) }),
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/plan/versions',
    target: 'plan',
    writes: true,
    body: ({ objects }) => ({ version: scoped(objects, 'plan').version, note: 'Besproken met de cliënt.' }),
    massAssignment: { as: 'supporter', fields: ['number', 'fixedById', 'snapshot'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/plan/versions',
    target: 'plan',
    clientContent: true,
    expect: CASE_READERS,
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/plan/versions/{number}',
    target: 'plan',
    clientContent: true,
    expect: CASE_READERS,
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/plan/diff',
    target: 'plan',
    clientContent: true,
    query: ({ objects }) => ({ from: String(objects.planVersionNumber ?? 1), to: 'current' }),
    expect: CASE_READERS,
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/plan/evaluations',
    target: 'plan',
    writes: true,
    body: ({ objects }) => ({
      version: scoped(objects, 'plan').version,
      evaluatedOn: daysFromToday(0),
      summary: 'Eerste evaluatie.',
      goals: [{ goalId: scoped(objects, 'goal').id, progress: 'progress' }],
      nextEvaluationOn: daysFromToday(60),
    }),
    massAssignment: { as: 'supporter', fields: ['evaluatedById', 'planId'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  { method: 'get', path: '/api/cases/{caseId}/plan/print.pdf', target: 'plan', expect: CASE_READERS },

  // Independence: declared affiliations (staff data: the person, their team lead, the administrator).
  {
    method: 'get',
    path: '/api/affiliations',
    target: 'user',
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: 403,
      team_lead: scopes('listed', 'listed', 'hidden', 'hidden'),
      admin: scopes('listed', 'listed', 'listed', 'hidden'),
    },
  },
  { method: 'get', path: '/api/users/{userId}/affiliations', target: 'user', expect: AFFILIATION_MANAGERS },
  {
    method: 'put',
    path: '/api/users/{userId}/affiliations',
    target: 'user',
    writes: true,
    // Saving an empty declaration over an empty one changes nothing, so each check finds it as it was.
    body: () => ({ version: 0, affiliations: [] }),
    expect: AFFILIATION_MANAGERS,
  },
  // A case's ties and overrides: its readers except volunteers (who do not see involved parties).
  {
    method: 'get',
    path: '/api/cases/{caseId}/independence',
    target: 'case',
    expect: { ...CASE_READERS, volunteer: 403 },
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/independence/overrides',
    target: 'case',
    writes: true,
    body: () => ({ justification: 'De cliënt kiest bewust voor deze ondersteuner.' }),
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes(403, 403, 403, 404),
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },
  // Of the client only their name (a linked volunteer knows it); the phone and e-mail are the organisation's.
  { method: 'get', path: '/api/cases/{caseId}/role-card', target: 'case', expect: CASE_READERS },
  { method: 'get', path: '/api/cases/{caseId}/role-card.pdf', target: 'case', expect: CASE_READERS },
  {
    method: 'get',
    path: '/api/role-card-text',
    expect: { anonymous: 401, volunteer: 403, supporter: 403, team_lead: 'allowed', admin: 'allowed' },
  },
  {
    method: 'put',
    path: '/api/role-card-text',
    // The default text saved as it is: allowed, and it changes nothing for the other checks.
    body: () => ({ version: 0, sections: DEFAULT_ROLE_CARD_SECTIONS }),
    expect: { anonymous: 401, volunteer: 403, supporter: 403, team_lead: 'allowed', admin: 'allowed' },
  },
  {
    method: 'get',
    path: '/api/plan-actions/mine',
    target: 'action',
    clientContent: true,
    expect: {
      anonymous: 401,
      // Only actions assigned to the caller: the fixtures assign actions to the client or the linked volunteer.
      volunteer: scopes('listed', 'hidden', 'hidden', 'hidden'),
      supporter: scopes('hidden', 'hidden', 'hidden', 'hidden'),
      team_lead: scopes('hidden', 'hidden', 'hidden', 'hidden'),
      admin: 403,
    },
  },

  // Procedures and their deadlines: supporters and team leads who read the case read them (volunteers
  // never: the need to know ends at the visit), whoever edits the case changes them.
  { method: 'get', path: '/api/cases/{caseId}/procedures', target: 'case', expect: PROCEDURE_READERS },
  {
    method: 'post',
    path: '/api/cases/{caseId}/procedures',
    target: 'case',
    writes: true,
    body: () => ({ kind: 'wmo', office: 'Gemeente Utrecht, Wmo-loket', dates: { melding: daysFromToday(-10) } }),
    massAssignment: { as: 'supporter', fields: ['version', 'caseId', 'createdById', 'steps'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'patch',
    path: '/api/cases/{caseId}/procedures/{procedureId}',
    target: 'procedure',
    writes: true,
    body: ({ objects }) => ({ version: scoped(objects, 'procedure').version, dates: { onderzoek: daysFromToday(-1) } }),
    massAssignment: { as: 'supporter', fields: ['kind', 'caseId', 'createdById'] },
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'delete',
    path: '/api/cases/{caseId}/procedures/{procedureId}',
    target: 'procedure',
    writes: true,
    query: ({ objects }) => ({ version: String(scoped(objects, 'procedure').version) }),
    expect: TEAM_WRITERS_NO_VOLUNTEER,
  },
  {
    method: 'get',
    path: '/api/procedures/deadlines',
    target: 'procedure',
    query: () => ({ scope: 'team', within: '14' }),
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes('listed', 'listed', 'hidden', 'hidden'),
      team_lead: scopes('listed', 'listed', 'hidden', 'hidden'),
      admin: 403,
    },
  },
  // Workspaces. Visit drafts: only their author ever sees them (anyone else: 404, like a missing one).
  {
    method: 'post',
    path: '/api/cases/{caseId}/visit-drafts',
    target: 'case',
    writes: true,
    clientContent: true,
    body: () => ({ summary: 'Nog af te maken.' }),
    massAssignment: { as: 'volunteer', fields: ['version', 'authorId', 'caseId'] },
    expect: {
      anonymous: 401,
      volunteer: scopes('allowed', 403, 403, 404),
      supporter: scopes('allowed', 403, 403, 404),
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },
  { method: 'get', path: '/api/visit-drafts/mine', target: 'draft', clientContent: true, expect: DRAFT_LISTERS },
  { method: 'get', path: '/api/visit-drafts/{id}', target: 'draft', clientContent: true, expect: DRAFT_AUTHOR_ONLY },
  {
    method: 'put',
    path: '/api/visit-drafts/{id}',
    target: 'draft',
    writes: true,
    clientContent: true,
    body: ({ objects }) => ({ version: scoped(objects, 'draft').version, summary: 'Bijna klaar.' }),
    expect: DRAFT_AUTHOR_ONLY,
  },
  { method: 'delete', path: '/api/visit-drafts/{id}', target: 'draft', writes: true, expect: DRAFT_AUTHOR_ONLY },
  {
    method: 'post',
    path: '/api/visit-drafts/{id}/submit',
    target: 'draft',
    writes: true,
    clientContent: true,
    body: ({ objects }) => ({ version: scoped(objects, 'draft').version }),
    massAssignment: { as: 'volunteer', fields: ['authorId', 'caseId', 'summary'] },
    expect: DRAFT_AUTHOR_ONLY,
  },
  {
    method: 'post',
    path: '/api/visits/{id}/acknowledgement',
    target: 'report',
    writes: true,
    body: () => ({ comment: 'Gelezen, dank je.' }),
    massAssignment: { as: 'supporter', fields: ['acknowledgedById', 'visitId', 'at'] },
    // A volunteer's report, acknowledged by the case's lead supporter or a team lead of its team.
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: scopes('allowed', 403, 403, 404),
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },
  { method: 'get', path: '/api/cases/{caseId}/timeline', target: 'case', clientContent: true, expect: CASE_READERS },
  {
    method: 'post',
    path: '/api/cases/{id}/reassign',
    target: 'case',
    writes: true,
    // To the case's own lead supporter: a member of the case's team in every scope.
    body: ({ objects }) => ({
      version: scoped(objects, 'case').version,
      leadSupporterId: scoped(objects, 'case').leadSupporter.id,
    }),
    massAssignment: { as: 'team_lead', fields: ['teamId', 'status', 'changedById'] },
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: 403,
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: 403,
    },
  },
  {
    method: 'get',
    path: '/api/workspace/my-work',
    expect: { anonymous: 401, volunteer: 403, supporter: 'allowed', team_lead: 'allowed', admin: 403 },
  },
  // Not scanned for hidden fields: the volunteer's page shows the client's phone and city, what a visit needs.
  {
    method: 'get',
    path: '/api/workspace/my-visits',
    expect: { anonymous: 401, volunteer: 'allowed', supporter: 403, team_lead: 403, admin: 403 },
  },
  {
    method: 'get',
    path: '/api/workspace/my-hours',
    query: () => ({ month: '2026-11' }),
    expect: { anonymous: 401, volunteer: 'allowed', supporter: 403, team_lead: 403, admin: 403 },
  },
  {
    method: 'get',
    path: '/api/caseload-review',
    target: 'team',
    query: ({ objects }) => ({ teamId: objects.team.id }),
    expect: CASELOAD_REVIEWERS,
  },
  {
    method: 'get',
    path: '/api/caseload-review/export',
    target: 'team',
    query: ({ objects }) => ({ teamId: objects.team.id, format: 'csv' }),
    expect: CASELOAD_REVIEWERS,
  },
  {
    method: 'get',
    path: '/api/admin/organisation',
    expect: { anonymous: 401, volunteer: 403, supporter: 403, team_lead: 403, admin: 'allowed' },
  },
  {
    method: 'patch',
    path: '/api/admin/organisation',
    body: () => ({ noContactDays: 30 }),
    massAssignment: { as: 'admin', fields: ['name', 'phone'] },
    expect: { anonymous: 401, volunteer: 403, supporter: 403, team_lead: 403, admin: 'allowed' },
  },

  // Signals (barriers met): read like their case (a volunteer gets their own), recorded by the lead
  // supporter, the team's team leads and linked volunteers; changed by the author, the lead or a team lead.
  { method: 'get', path: '/api/cases/{caseId}/signals', target: 'case', clientContent: true, expect: CASE_READERS },
  {
    method: 'post',
    path: '/api/cases/{caseId}/signals',
    target: 'case',
    writes: true,
    clientContent: true,
    body: () => signalBody(),
    massAssignment: { as: 'volunteer', fields: ['version', 'caseId', 'recordedById', 'followUps'] },
    expect: SIGNAL_WRITERS,
  },
  {
    method: 'patch',
    path: '/api/signals/{id}',
    target: 'signal',
    writes: true,
    clientContent: true,
    body: ({ objects }) => ({ version: scoped(objects, 'signal').version, category: 'waiting_list' }),
    massAssignment: { as: 'volunteer', fields: ['caseId', 'recordedById', 'followUps'] },
    expect: SIGNAL_WRITERS,
  },
  {
    method: 'post',
    path: '/api/signals/{id}/follow-ups',
    target: 'signal',
    writes: true,
    clientContent: true,
    body: ({ objects }) => ({
      version: scoped(objects, 'signal').version,
      kind: 'gemeente',
      recipient: 'Wmo-loket',
      doneOn: daysFromToday(0),
      note: null,
    }),
    massAssignment: { as: 'volunteer', fields: ['signalId', 'recordedById'] },
    expect: SIGNAL_WRITERS,
  },

  // Anonymisation of a client: a team lead of the client's team only (the scope's client has no open case).
  { method: 'get', path: '/api/clients/{clientId}/anonymisation', target: 'client', expect: ANONYMISERS },
  {
    method: 'post',
    path: '/api/clients/{clientId}/anonymisation',
    target: 'client',
    writes: true,
    body: () => ({ reason: 'Verzoek tot verwijdering ontvangen.' }),
    massAssignment: { as: 'team_lead', fields: ['clientId', 'requestedById', 'trigger', 'anonymisedAt'] },
    expect: ANONYMISERS,
  },
  // The retention dry-run: ids and dates of the administrator's organisation, no client content.
  { method: 'get', path: '/api/admin/retention/dry-run', expect: ADMINS_ONLY },

  // Consent and disclosures: client data, for the supporters and team leads who read the client (its
  // team, or a case they lead or of their team). Volunteers never, even when linked to a case.
  { method: 'get', path: '/api/clients/{clientId}/consents', target: 'client', expect: CONSENT_KEEPERS },
  {
    method: 'post',
    path: '/api/clients/{clientId}/consents',
    target: 'client',
    writes: true,
    body: () => ({
      scope: 'disclosure',
      recipient: 'Wmo-loket',
      purpose: 'Aanvraag voorbereiden.',
      dataCategories: ['persoonsgegevens'],
      givenOn: daysFromToday(0),
      givenBy: 'client',
    }),
    massAssignment: { as: 'supporter', fields: ['version', 'clientId', 'recordedById', 'withdrawnOn', 'status'] },
    expect: CONSENT_KEEPERS,
  },
  {
    method: 'post',
    path: '/api/consents/{id}/withdrawal',
    target: 'consent',
    writes: true,
    body: ({ objects }) => ({ version: scoped(objects, 'consent').version, withdrawnOn: daysFromToday(0) }),
    massAssignment: { as: 'supporter', fields: ['clientId', 'withdrawnById', 'recipient'] },
    expect: CONSENT_KEEPERS,
  },
  {
    method: 'post',
    path: '/api/clients/{clientId}/disclosures',
    target: 'client',
    writes: true,
    body: () => ({
      recipient: 'Veilig Thuis',
      purpose: 'Melding volgens de meldcode.',
      dataCategories: ['gezin_en_relaties'],
      disclosedOn: daysFromToday(0),
      exceptionKind: 'meldcode',
      exceptionReason: 'Signalen van huiselijk geweld; afweging volgens de meldcode gemaakt.',
    }),
    massAssignment: { as: 'supporter', fields: ['version', 'clientId', 'recordedById'] },
    expect: CONSENT_KEEPERS,
  },

  // The reach report: aggregates of the whole organisation for team leads and administrators.
  { method: 'get', path: '/api/reach/parties', expect: REACH_READERS },
  { method: 'get', path: '/api/reach', query: () => reachQuery(), expect: REACH_READERS },
  { method: 'get', path: '/api/reach/export.csv', query: () => reachQuery(), expect: REACH_READERS },
  { method: 'get', path: '/api/reach/export.pdf', query: () => reachQuery(), expect: REACH_READERS },

  // The access log, seen: team leads for their teams' clients and members, administrators for the
  // organisation (ids, no client names); another team's client or member is refused, another organisation's unknown.
  {
    method: 'get',
    path: '/api/access-log',
    target: 'client',
    query: ({ objects }) => ({ clientId: scoped(objects, 'client').id }),
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: 403,
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: scopes('allowed', 'allowed', 'allowed', 404),
    },
  },
  {
    method: 'get',
    path: '/api/access-log/users/{userId}',
    target: 'user',
    expect: {
      anonymous: 401,
      volunteer: 403,
      supporter: 403,
      team_lead: scopes('allowed', 'allowed', 403, 404),
      admin: scopes('allowed', 'allowed', 'allowed', 404),
    },
  },
  // The client's view of the access log: a team lead of the client's team or the supporter who leads its case.
  { method: 'get', path: '/api/clients/{clientId}/access-log', target: 'client', expect: CLIENT_ACCESS_VIEWERS },
  { method: 'get', path: '/api/clients/{clientId}/access-log.pdf', target: 'client', expect: CLIENT_ACCESS_VIEWERS },
  // The inzage export of the whole file: a team lead of the client's team only.
  { method: 'get', path: '/api/clients/{clientId}/inzage.json', target: 'client', expect: INZAGE_EXPORTERS },
  { method: 'get', path: '/api/clients/{clientId}/inzage.pdf', target: 'client', expect: INZAGE_EXPORTERS },
];

/**
 * Routes served but not yet in the matrix, each with why. The suite lists them as not yet covered
 * instead of failing, and fails as soon as one is no longer served; any other missing route fails it.
 * Keep this list empty: a route leaves it by getting its entry above.
 */
export const PENDING_ROUTES: readonly { method: HttpMethod; path: string; reason: string }[] = [];

/** A calendar day relative to today, as YYYY-MM-DD. */
/** The scope's object of one kind: the fixture builds every kind the route's target needs. */
function scoped<K extends ObjectKind>(objects: ScopedObjects, kind: K): NonNullable<ScopedObjects[K]> {
  return present(objects[kind], `the scope's ${kind}`);
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function clientBody(teamId: string): object {
  return {
    teamId,
    givenName: 'Anna',
    familyNamePrefix: null,
    familyName: 'Bakker',
    dateOfBirth: '1962-03-14',
    phone: '030 123 4567',
    email: null,
    address: { street: 'Oudegracht', houseNumber: '12', postcode: '3511 AB', city: 'Utrecht' },
    municipality: { code: 'GM0344', name: 'Utrecht' },
    preferredLanguage: 'nl',
    interpreterNeeded: false,
    accessibilityNeeds: [],
    representatives: [],
    processingConsent: null,
  };
}

function caseBody(clientId: string): object {
  return {
    clientId,
    question: 'Ik wil hulp bij de aanvraag van huishoudelijke hulp.',
    domains: ['zorg'],
    legalFrameworks: ['wmo'],
    commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
    referralSource: 'huisarts',
  };
}

function signalBody(): object {
  return {
    category: 'language',
    description: 'Geen tolk bij het gesprek met de aanbieder.',
    occurredOn: daysFromToday(-3),
    involvedParty: null,
  };
}

/** The first quarter of this year (or of last year in its first days): always a whole past quarter. */
function reachQuery(): Record<string, string> {
  const year = new Date(Date.now() - 100 * 86_400_000).getUTCFullYear();
  return { partyKind: 'gemeente', partyName: 'Gemeente Utrecht', from: `${year}-01-01`, to: `${year}-03-31` };
}

function visitBody(): object {
  return {
    occurredAt: new Date(Date.now() - 3600_000).toISOString(),
    minutes: 45,
    mode: 'home_visit',
    domains: ['zorg'],
    summary: 'Huisbezoek: gesproken over de aanvraag.',
    nextSteps: null,
  };
}
