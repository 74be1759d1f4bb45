import type { CaseView, ClientView, CreateSignalRequest, SignalView } from '@naast/contracts';
import { accessLogOf, buildCase, buildClient } from './fixtures/case-work';
import { buildWorld, startTestApp, type TestApp, type World, type WorldUser } from './support';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

function signalRequest(overrides: Partial<CreateSignalRequest> = {}): CreateSignalRequest {
  return {
    category: 'digital',
    description: 'De aanvraag kon alleen met DigiD; mevrouw heeft geen computer.',
    occurredOn: daysAgo(3),
    involvedParty: 'Wmo-loket',
    ...overrides,
  };
}

describe('Signals: barriers met on a case and what was done with them', () => {
  let t: TestApp;
  let world: World;
  let client: ClientView;
  /** Led by supporterNorth, volunteerNorth linked. */
  let supportCase: CaseView;

  const as = (user: WorldUser) => world.as(user);
  const record = async (user: WorldUser, overrides: Partial<CreateSignalRequest> = {}) =>
    (await as(user)).post(`/api/cases/${supportCase.id}/signals`, signalRequest(overrides));

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    client = await buildClient(await as('supporterNorth'), world.north.id);
    supportCase = await buildCase(await as('supporterNorth'), client.id, {
      volunteerIds: [world.users.volunteerNorth.id],
    });
  });
  afterAll(() => t.close());

  describe('POST /api/cases/:caseId/signals', () => {
    it('records a signal by the lead supporter and logs it with the client', async () => {
      const response = await record('supporterNorth', { category: 'language' });
      expect(response.status).toBe(201);
      const signal = response.body as SignalView;
      expect(signal).toMatchObject({
        caseId: supportCase.id,
        category: 'language',
        involvedParty: 'Wmo-loket',
        recordedBy: { id: world.users.supporterNorth.id },
        version: 1,
        followUps: [],
        permissions: { edit: true },
      });
      expect(await accessLogOf(t.db, world.users.supporterNorth.id, signal.id)).toEqual([
        expect.objectContaining({ entity: 'signal', action: 'create', client_id: client.id, outcome: 'success' }),
      ]);
    });

    it('lets a linked volunteer and a team lead of the team record a signal', async () => {
      for (const user of ['volunteerNorth', 'teamLeadNorth'] as const) {
        const response = await record(user, { category: 'waiting_list', involvedParty: null });
        expect({ user, status: response.status }).toEqual({ user, status: 201 });
      }
    });

    it('refuses another supporter of the team, another team, an unlinked volunteer and an admin (403), another organisation (404)', async () => {
      const colleague = await buildClient(await as('teamLeadNorth'), world.north.id);
      const ledByTeamLead = await buildCase(await as('teamLeadNorth'), colleague.id);
      // supporterNorth reads the team lead's case but does not lead it.
      const readOnly = await (
        await as('supporterNorth')
      ).post(`/api/cases/${ledByTeamLead.id}/signals`, signalRequest());
      expect(readOnly.status).toBe(403);
      for (const user of ['volunteerSouth', 'supporterSouth', 'teamLeadSouth', 'adminA'] as const)
        expect({ user, status: (await record(user)).status }).toEqual({ user, status: 403 });
      expect((await record('supporterB')).status).toBe(404);
      const unknown = await (await as('supporterNorth')).post(`/api/cases/${UNKNOWN_ID}/signals`, signalRequest());
      expect(unknown.status).toBe(404);
      const denied = await accessLogOf(t.db, world.users.supporterSouth.id);
      expect(denied.at(-1)).toMatchObject({
        entity: 'case',
        action: 'create',
        outcome: 'denied',
        client_id: client.id,
      });
    });

    it('names each bad field: unknown category, empty description, date in the future, too long a party', async () => {
      const response = await record('supporterNorth', {
        category: 'rudeness' as never,
        description: '   ',
        occurredOn: daysAgo(-2),
        involvedParty: 'x'.repeat(201),
      });
      expect(response.status).toBe(400);
      const fields = (response.body as { details: { field: string }[] }).details.map((d) => d.field).sort();
      expect(fields).toEqual(['category', 'description', 'involvedParty', 'occurredOn']);
      const missing = await (await as('supporterNorth')).post(`/api/cases/${supportCase.id}/signals`, {});
      expect(missing.status).toBe(400);
    });
  });

  describe('GET /api/cases/:caseId/signals', () => {
    it('shows supporters and team leads every signal, a volunteer only their own, and logs each one seen', async () => {
      const own = (await record('volunteerNorth', { category: 'physical_accessibility' })).body as SignalView;
      const supporterList = (await (await as('supporterNorth')).get(`/api/cases/${supportCase.id}/signals`))
        .body as SignalView[];
      expect(supporterList.map((s) => s.id)).toContain(own.id);
      expect(supporterList.length).toBeGreaterThan(1);
      const volunteer = await as('volunteerNorth');
      const volunteerList = (await volunteer.get(`/api/cases/${supportCase.id}/signals`)).body as SignalView[];
      expect(volunteerList.length).toBeGreaterThan(0);
      expect(volunteerList.every((s) => s.recordedBy.id === world.users.volunteerNorth.id)).toBe(true);
      const log = await accessLogOf(t.db, world.users.volunteerNorth.id);
      expect(log.filter((r) => r.entity === 'signal' && r.action === 'search').map((r) => r.entity_id)).toEqual(
        expect.arrayContaining(volunteerList.map((s) => s.id)),
      );
    });

    it('refuses another team (403) and another organisation (404)', async () => {
      expect((await (await as('supporterSouth')).get(`/api/cases/${supportCase.id}/signals`)).status).toBe(403);
      expect((await (await as('teamLeadB')).get(`/api/cases/${supportCase.id}/signals`)).status).toBe(404);
      expect((await (await as('adminA')).get(`/api/cases/${supportCase.id}/signals`)).status).toBe(403);
    });
  });

  describe('PATCH /api/signals/:id and POST /api/signals/:id/follow-ups', () => {
    it('changes a signal with its version and answers 409 with the current signal on a stale one', async () => {
      const signal = (await record('supporterNorth')).body as SignalView;
      const supporter = await as('supporterNorth');
      const changed = await supporter.patch(`/api/signals/${signal.id}`, {
        version: 1,
        category: 'perceived_discrimination',
        description: 'De medewerker wilde niet met de tolk praten.',
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ category: 'perceived_discrimination', version: 2 });
      const stale = await supporter.patch(`/api/signals/${signal.id}`, { version: 1, category: 'other' });
      expect(stale.status).toBe(409);
      expect((stale.body as { current: SignalView }).current).toMatchObject({
        id: signal.id,
        category: 'perceived_discrimination',
        version: 2,
      });
      expect((await accessLogOf(t.db, world.users.supporterNorth.id, signal.id)).map((r) => r.action)).toEqual([
        'create',
        'update',
      ]);
    });

    it('adds follow-ups in order, raising the version, and refuses a stale or too early one', async () => {
      const signal = (await record('supporterNorth', { category: 'perceived_discrimination', occurredOn: daysAgo(10) }))
        .body as SignalView;
      const supporter = await as('supporterNorth');
      const first = await supporter.post(`/api/signals/${signal.id}/follow-ups`, {
        version: 1,
        kind: 'antidiscriminatievoorziening',
        recipient: 'Discriminatie.nl Utrecht',
        doneOn: daysAgo(8),
        note: 'Melding gedaan met toestemming van de cliënt.',
      });
      expect(first.status).toBe(201);
      const second = await supporter.post(`/api/signals/${signal.id}/follow-ups`, {
        version: 2,
        kind: 'gemeente',
        doneOn: daysAgo(2),
      });
      expect(second.status).toBe(201);
      const view = second.body as SignalView;
      expect(view.version).toBe(3);
      expect(view.followUps.map((f) => f.kind)).toEqual(['antidiscriminatievoorziening', 'gemeente']);
      expect(view.followUps[0]).toMatchObject({
        recipient: 'Discriminatie.nl Utrecht',
        recordedBy: { id: world.users.supporterNorth.id },
      });

      const stale = await supporter.post(`/api/signals/${signal.id}/follow-ups`, {
        version: 1,
        kind: 'none_needed',
        doneOn: daysAgo(1),
      });
      expect(stale.status).toBe(409);
      const early = await supporter.post(`/api/signals/${signal.id}/follow-ups`, {
        version: 3,
        kind: 'none_needed',
        doneOn: daysAgo(20),
      });
      expect(early.status).toBe(400);
      expect((early.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['doneOn']);
      const bad = await supporter.post(`/api/signals/${signal.id}/follow-ups`, { version: 'drie', kind: 'fax' });
      expect(bad.status).toBe(400);
      expect(new Set((bad.body as { details: { field: string }[] }).details.map((d) => d.field))).toEqual(
        new Set(['doneOn', 'kind', 'version']),
      );
    });

    it('lets the author and the lead supporter change a volunteer’s signal; not a colleague, another team or organisation', async () => {
      const signal = (await record('volunteerNorth')).body as SignalView;
      const byAuthor = await (
        await as('volunteerNorth')
      ).patch(`/api/signals/${signal.id}`, {
        version: 1,
        description: 'Formulier alleen online; samen op papier aangevraagd.',
      });
      expect(byAuthor.status).toBe(200);
      const byLead = await (
        await as('supporterNorth')
      ).post(`/api/signals/${signal.id}/follow-ups`, {
        version: 2,
        kind: 'discussed_with_provider',
        doneOn: daysAgo(1),
      });
      expect(byLead.status).toBe(201);
      const byLeadSignal = (await record('supporterNorth')).body as SignalView;
      const volunteerOnOthers = await (
        await as('volunteerNorth')
      ).patch(`/api/signals/${byLeadSignal.id}`, {
        version: 1,
        category: 'other',
      });
      expect(volunteerOnOthers.status).toBe(403);
      expect(
        (await (await as('supporterSouth')).patch(`/api/signals/${signal.id}`, { version: 3, category: 'other' }))
          .status,
      ).toBe(403);
      expect(
        (await (await as('supporterB')).patch(`/api/signals/${signal.id}`, { version: 3, category: 'other' })).status,
      ).toBe(404);
      expect(
        (await (await as('supporterNorth')).patch(`/api/signals/${UNKNOWN_ID}`, { version: 1, category: 'other' }))
          .status,
      ).toBe(404);
      const refusals = await accessLogOf(t.db, world.users.supporterB.id, signal.id);
      expect(refusals).toEqual([expect.objectContaining({ entity: 'signal', outcome: 'not_found', client_id: null })]);
    });

    it('refuses a change with nothing to change, naming a field', async () => {
      const signal = (await record('supporterNorth')).body as SignalView;
      const response = await (await as('supporterNorth')).patch(`/api/signals/${signal.id}`, { version: 1 });
      expect(response.status).toBe(400);
    });
  });
});
