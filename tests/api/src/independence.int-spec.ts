import {
  DEFAULT_ROLE_CARD_SECTIONS,
  INDEPENDENCE_CONFLICT_CODE,
  type AffiliationDeclarationView,
  type AffiliationInput,
  type AffiliationOverview,
  type CaseIndependenceView,
  type CaseView,
  type ClientView,
  type RoleCardTextView,
  type RoleCardView,
} from '@naast/contracts';
import { todayIsoDate } from '@naast/api-core';
import { accessLogOf, buildCase, buildClient, caseRequest } from './fixtures/case-work';
import {
  buildUser,
  buildWorld,
  startTestApp,
  TEST_PASSWORD,
  TestClient,
  type BuiltUser,
  type TestApp,
  type World,
  type WorldUser,
} from './support';

const DAY = 86_400_000;
/** A day relative to today in the Dutch calendar, which the server's "valid today" uses (also just after midnight). */
const isoDay = (offsetDays: number) =>
  new Date(Date.parse(`${todayIsoDate()}T12:00:00Z`) + offsetDays * DAY).toISOString().slice(0, 10);

/** The tie the suite is about: a seat on the board of a care provider whose name has accents. */
const PROVIDER_TIE: AffiliationInput = {
  kind: 'provider_tie',
  party: { kind: 'zorgaanbieder', name: 'Zorggroep Één' },
  description: 'Lid raad van toezicht',
  validFrom: '2020-01-01',
  validUntil: null,
};
/** How a supporter might type that provider on a case: other case, no accents, extra spaces. */
const PROVIDER_AS_TYPED = { kind: 'zorgaanbieder' as const, name: '  zorggroep   een ' };
const JUSTIFICATION = 'Enige ondersteuner met Turkse taal; cliënt is geïnformeerd en stemt in.';

describe('Independence: affiliations, the assignment check, overrides and the role card', () => {
  let t: TestApp;
  let world: World;
  /** A second supporter of team North, with the provider tie. */
  let tied: BuiltUser;
  let tiedClient: TestClient;
  let northClient: ClientView;

  const as = (user: WorldUser) => world.as(user);
  const affiliationsUrl = (userId: string) => `/api/users/${userId}/affiliations`;

  async function declare(client: TestClient, userId: string, affiliations: AffiliationInput[]) {
    const current = (await client.get(affiliationsUrl(userId))).body as AffiliationDeclarationView;
    const response = await client.put(affiliationsUrl(userId), { version: current.version, affiliations });
    expect(response.status).toBe(200);
    return response.body as AffiliationDeclarationView;
  }

  async function independenceOf(caseId: string, user: WorldUser = 'teamLeadNorth') {
    const response = await (await as(user)).get(`/api/cases/${caseId}/independence`);
    expect(response.status).toBe(200);
    return response.body as CaseIndependenceView;
  }

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    tied = await buildUser(t.db, {
      organisationId: world.orgA.id,
      role: 'supporter',
      teamIds: [world.north.id],
      displayName: 'Jeroen Gebonden',
    });
    tiedClient = new TestClient(t.http);
    await tiedClient.signIn(tied.email, TEST_PASSWORD);
    await declare(tiedClient, tied.id, [PROVIDER_TIE]);
    northClient = await buildClient(await as('supporterNorth'), world.north.id, {
      givenName: 'Willem',
      familyNamePrefix: null,
      familyName: 'Smit',
    });
    await t.db.query(`UPDATE organisations SET phone = '030 123 45 67', email = 'info@a.example' WHERE id = $1`, [
      world.orgA.id,
    ]);
  });
  afterAll(() => t.close());

  describe('declared affiliations', () => {
    it('saves a person’s own declaration under a version and refuses a stale save with the current one', async () => {
      const volunteer = await as('volunteerNorth');
      const url = affiliationsUrl(world.users.volunteerNorth.id);
      const first = await volunteer.get(url);
      expect(first.body).toMatchObject({ version: 0, affiliations: [] });
      const saved = await volunteer.put(url, {
        version: 0,
        affiliations: [{ kind: 'side_job', party: { kind: 'woningcorporatie', name: 'Wonen Plus' } }],
      });
      expect(saved.status).toBe(200);
      const declaration = saved.body as AffiliationDeclarationView;
      expect(declaration).toMatchObject({
        version: 1,
        updatedBy: { id: world.users.volunteerNorth.id },
        affiliations: [{ kind: 'side_job', party: { kind: 'woningcorporatie', name: 'Wonen Plus' }, validFrom: null }],
      });
      const stale = await volunteer.put(url, { version: 0, affiliations: [] });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ version: 1, affiliations: [{ kind: 'side_job' }] });
      // An affiliation sent with its id keeps it.
      const id = declaration.affiliations[0]?.id;
      const kept = await volunteer.put(url, {
        version: 1,
        affiliations: [{ ...declaration.affiliations[0], description: 'Secretaris huurdersvereniging' }],
      });
      expect(kept.status).toBe(200);
      expect((kept.body as AffiliationDeclarationView).affiliations).toEqual([
        expect.objectContaining({ id, description: 'Secretaris huurdersvereniging' }),
      ]);
    });

    it('refuses an end date before the start, and an id that is not the person’s, naming the field', async () => {
      const supporter = await as('supporterSouth');
      const url = affiliationsUrl(world.users.supporterSouth.id);
      const backwards = await supporter.put(url, {
        version: 0,
        affiliations: [{ ...PROVIDER_TIE, validFrom: '2025-01-01', validUntil: '2024-01-01' }],
      });
      expect(backwards.status).toBe(400);
      expect(backwards.body.details).toEqual([expect.objectContaining({ field: 'affiliations[0].validUntil' })]);
      const tiedDeclaration = (await tiedClient.get(affiliationsUrl(tied.id))).body as AffiliationDeclarationView;
      const foreign = await supporter.put(url, {
        version: 0,
        affiliations: [{ ...PROVIDER_TIE, id: tiedDeclaration.affiliations[0]?.id }],
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.details).toEqual([expect.objectContaining({ field: 'affiliations[0].id' })]);
    });

    it('lets team leads manage their team members and administrators the organisation; others are refused', async () => {
      expect((await (await as('teamLeadNorth')).get(affiliationsUrl(tied.id))).status).toBe(200);
      expect((await (await as('adminA')).get(affiliationsUrl(tied.id))).status).toBe(200);
      expect((await (await as('teamLeadSouth')).get(affiliationsUrl(tied.id))).status).toBe(403);
      expect((await (await as('supporterNorth')).get(affiliationsUrl(tied.id))).status).toBe(403);
      expect(
        (await (await as('supporterNorth')).put(affiliationsUrl(tied.id), { version: 1, affiliations: [] })).status,
      ).toBe(403);
      expect((await (await as('teamLeadB')).get(affiliationsUrl(tied.id))).status).toBe(404);

      const overview = (await (await as('teamLeadNorth')).get('/api/affiliations')).body as AffiliationOverview;
      const people = overview.map((d) => d.user.id);
      expect(people).toEqual(expect.arrayContaining([tied.id, world.users.supporterNorth.id]));
      expect(people).not.toContain(world.users.supporterSouth.id);
      expect(overview.find((d) => d.user.id === tied.id)?.affiliations).toEqual([
        expect.objectContaining({ kind: 'provider_tie', party: PROVIDER_TIE.party }),
      ]);
      expect((await (await as('supporterNorth')).get('/api/affiliations')).status).toBe(403);
    });
  });

  describe('assigning someone tied to an involved party', () => {
    it('refuses a new case with 409 naming the person, the affiliation and the party', async () => {
      const response = await (
        await as('teamLeadNorth')
      ).post(
        '/api/cases',
        caseRequest(northClient.id, { leadSupporterId: tied.id, involvedParties: [PROVIDER_AS_TYPED] }),
      );
      expect(response.status).toBe(409);
      expect(response.body.code).toBe(INDEPENDENCE_CONFLICT_CODE);
      expect(response.body.current).toBeUndefined();
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'leadSupporterId' })]);
      const reason = response.body.details[0].reason as string;
      expect(reason).toContain('Jeroen Gebonden');
      expect(reason).toContain('band met een zorgaanbieder');
      expect(reason).toContain('Lid raad van toezicht');
      expect(reason).toContain('Zorggroep Één');
      expect(response.body.message).toContain('Jeroen Gebonden');
      // Nothing was written.
      const count = await t.db.query('SELECT count(*)::int AS n FROM cases WHERE lead_supporter_id = $1', [tied.id]);
      expect(count[0].n).toBe(0);
    });

    it('matches the same kind only: a gemeente of the same name is no tie', async () => {
      const response = await (
        await as('teamLeadNorth')
      ).post(
        '/api/cases',
        caseRequest(northClient.id, {
          leadSupporterId: tied.id,
          involvedParties: [{ kind: 'gemeente', name: 'Zorggroep Één' }],
        }),
      );
      expect(response.status).toBe(201);
    });

    it('refuses the tied supporter opening such a case for themselves, and does not let a supporter override', async () => {
      const refused = await tiedClient.post(
        '/api/cases',
        caseRequest(northClient.id, { involvedParties: [PROVIDER_AS_TYPED] }),
      );
      expect(refused.status).toBe(409);
      const override = await tiedClient.post(
        '/api/cases',
        caseRequest(northClient.id, {
          involvedParties: [PROVIDER_AS_TYPED],
          independenceOverride: { justification: JUSTIFICATION },
        }),
      );
      expect(override.status).toBe(400);
      expect(override.body.details).toEqual([expect.objectContaining({ field: 'independenceOverride' })]);
    });

    it('lets a team lead override on creation; the override shows on the case and in the access log', async () => {
      const response = await (
        await as('teamLeadNorth')
      ).post(
        '/api/cases',
        caseRequest(northClient.id, {
          leadSupporterId: tied.id,
          involvedParties: [PROVIDER_AS_TYPED],
          independenceOverride: { justification: JUSTIFICATION },
        }),
      );
      expect(response.status).toBe(201);
      const created = response.body as CaseView;
      const panel = await independenceOf(created.id);
      expect(panel.warnings).toEqual([]);
      expect(panel.canOverride).toBe(true);
      expect(panel.overrides).toEqual([
        expect.objectContaining({
          person: expect.objectContaining({ id: tied.id }),
          affiliationKind: 'provider_tie',
          party: { kind: 'zorgaanbieder', name: PROVIDER_AS_TYPED.name.trim() },
          justification: JUSTIFICATION,
          decidedBy: expect.objectContaining({ id: world.users.teamLeadNorth.id }),
        }),
      ]);
      // The tied supporter sees the decision on their case too.
      expect((await tiedClient.get(`/api/cases/${created.id}/independence`)).body.overrides).toHaveLength(1);
      const log = await accessLogOf(t.db, world.users.teamLeadNorth.id);
      expect(log).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            entity: 'case_independence_override',
            action: 'create',
            client_id: northClient.id,
            entity_id: panel.overrides[0]?.id,
          }),
        ]),
      );
    });

    it('refuses a PATCH that makes the tied supporter lead, until a team lead sends a justification', async () => {
      const supportCase = await buildCase(await as('supporterNorth'), northClient.id, {
        involvedParties: [{ kind: 'zorgaanbieder', name: 'ZORGGROEP ÉÉN' }],
      });
      const lead = await as('teamLeadNorth');
      const refused = await lead.patch(`/api/cases/${supportCase.id}`, {
        version: supportCase.version,
        leadSupporterId: tied.id,
      });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: INDEPENDENCE_CONFLICT_CODE });
      expect(refused.body.details[0]).toMatchObject({ field: 'leadSupporterId' });
      const tooShort = await lead.patch(`/api/cases/${supportCase.id}`, {
        version: supportCase.version,
        leadSupporterId: tied.id,
        independenceOverride: { justification: 'ok' },
      });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.details).toEqual([expect.objectContaining({ field: 'independenceOverride.justification' })]);
      const allowed = await lead.patch(`/api/cases/${supportCase.id}`, {
        version: supportCase.version,
        leadSupporterId: tied.id,
        independenceOverride: { justification: JUSTIFICATION },
      });
      expect(allowed.status).toBe(200);
      expect((allowed.body as CaseView).leadSupporter.id).toBe(tied.id);
      expect((await independenceOf(supportCase.id)).overrides).toEqual([
        expect.objectContaining({ justification: JUSTIFICATION }),
      ]);
    });

    it('refuses linking a tied volunteer, naming volunteerIds', async () => {
      await declare(await as('teamLeadNorth'), world.users.volunteerNorth.id, [
        { kind: 'side_job', party: { kind: 'woningcorporatie', name: 'Stichting Thuis' } },
      ]);
      const supportCase = await buildCase(await as('supporterNorth'), northClient.id, {
        involvedParties: [{ kind: 'woningcorporatie', name: 'stichting thuis' }],
      });
      const response = await (
        await as('supporterNorth')
      ).patch(`/api/cases/${supportCase.id}`, {
        version: supportCase.version,
        volunteerIds: [world.users.volunteerNorth.id],
      });
      expect(response.status).toBe(409);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'volunteerIds' })]);
    });

    it('counts an affiliation only on the days within its dates', async () => {
      const ended = await buildUser(t.db, {
        organisationId: world.orgA.id,
        role: 'supporter',
        teamIds: [world.north.id],
      });
      const future = await buildUser(t.db, {
        organisationId: world.orgA.id,
        role: 'supporter',
        teamIds: [world.north.id],
      });
      const current = await buildUser(t.db, {
        organisationId: world.orgA.id,
        role: 'supporter',
        teamIds: [world.north.id],
      });
      const lead = await as('teamLeadNorth');
      await declare(lead, ended.id, [{ ...PROVIDER_TIE, validFrom: '2020-01-01', validUntil: isoDay(-1) }]);
      await declare(lead, future.id, [{ ...PROVIDER_TIE, validFrom: isoDay(1), validUntil: null }]);
      await declare(lead, current.id, [{ ...PROVIDER_TIE, validFrom: isoDay(0), validUntil: isoDay(0) }]);
      const open = (leadSupporterId: string) =>
        lead.post('/api/cases', caseRequest(northClient.id, { leadSupporterId, involvedParties: [PROVIDER_AS_TYPED] }));
      expect((await open(ended.id)).status).toBe(201);
      expect((await open(future.id)).status).toBe(201);
      expect((await open(current.id)).status).toBe(409);
    });

    it('refuses the reassign route the same way, and accepts it with a team lead’s justification', async () => {
      const supportCase = await buildCase(await as('supporterNorth'), northClient.id, {
        involvedParties: [PROVIDER_AS_TYPED],
      });
      const lead = await as('teamLeadNorth');
      const refused = await lead.post(`/api/cases/${supportCase.id}/reassign`, {
        version: supportCase.version,
        leadSupporterId: tied.id,
      });
      if (refused.status === 404 && refused.body.message !== 'Casus niet gevonden.') return; // route not served
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe(INDEPENDENCE_CONFLICT_CODE);
      const allowed = await lead.post(`/api/cases/${supportCase.id}/reassign`, {
        version: supportCase.version,
        leadSupporterId: tied.id,
        independenceOverride: { justification: JUSTIFICATION },
      });
      expect(allowed.status).toBe(201);
      expect((await independenceOf(supportCase.id)).overrides).toHaveLength(1);
    });
  });

  describe('an involved party added later', () => {
    it('saves the change and shows a warning until a team lead overrides it', async () => {
      const created = await tiedClient.post('/api/cases', caseRequest(northClient.id));
      expect(created.status).toBe(201);
      const supportCase = created.body as CaseView;
      expect((await independenceOf(supportCase.id)).warnings).toEqual([]);

      const patched = await tiedClient.patch(`/api/cases/${supportCase.id}`, {
        version: supportCase.version,
        involvedParties: [PROVIDER_AS_TYPED],
      });
      expect(patched.status).toBe(200);
      const panel = await independenceOf(supportCase.id, 'supporterNorth');
      expect(panel.canOverride).toBe(false);
      expect(panel.warnings).toEqual([
        expect.objectContaining({
          person: expect.objectContaining({ id: tied.id }),
          assignment: 'lead',
          party: expect.objectContaining({ name: PROVIDER_AS_TYPED.name.trim() }),
          affiliation: expect.objectContaining({ kind: 'provider_tie' }),
        }),
      ]);

      const bySupporter = await tiedClient.post(`/api/cases/${supportCase.id}/independence/overrides`, {
        justification: JUSTIFICATION,
      });
      expect(bySupporter.status).toBe(403);
      const byLead = await (
        await as('teamLeadNorth')
      ).post(`/api/cases/${supportCase.id}/independence/overrides`, { justification: JUSTIFICATION });
      expect(byLead.status).toBe(201);
      expect(byLead.body).toMatchObject({ warnings: [], overrides: [{ justification: JUSTIFICATION }] });
      expect((await independenceOf(supportCase.id)).warnings).toEqual([]);
    });

    it('keeps the panel from volunteers, other teams and other organisations', async () => {
      const supportCase = await buildCase(await as('supporterNorth'), northClient.id, {
        volunteerIds: [],
      });
      expect((await (await as('teamLeadSouth')).get(`/api/cases/${supportCase.id}/independence`)).status).toBe(403);
      expect((await (await as('supporterB')).get(`/api/cases/${supportCase.id}/independence`)).status).toBe(404);
      expect((await (await as('adminA')).get(`/api/cases/${supportCase.id}/independence`)).status).toBe(403);
    });
  });

  describe('the role card', () => {
    let supportCase: CaseView;

    beforeAll(async () => {
      supportCase = await buildCase(await as('supporterNorth'), northClient.id, {
        volunteerIds: [world.users.volunteerNorth.id],
      });
    });

    it('fills the standard text with the client, the supporter and how to reach the organisation', async () => {
      const response = await (await as('supporterNorth')).get(`/api/cases/${supportCase.id}/role-card`);
      expect(response.status).toBe(200);
      const card = response.body as RoleCardView;
      expect(card).toMatchObject({
        clientName: 'Willem Smit',
        supporterName: supportCase.leadSupporter.displayName,
        organisation: { name: world.orgA.name, phone: '030 123 45 67', email: 'info@a.example' },
      });
      expect(card.sections.map((s) => s.key)).toEqual([
        'whoIsYourSupporter',
        'whatWeDo',
        'whatWeDoNot',
        'independence',
        'howToReachUs',
        'complaints',
      ]);
      const text = card.sections.map((s) => `${s.title} ${s.body}`).join(' ');
      expect(text).toContain(supportCase.leadSupporter.displayName);
      expect(text).toContain('Willem Smit');
      expect(text).toContain('Wij beslissen niet over uw aanvraag');
      expect(text).not.toMatch(/\{(client|ondersteuner|organisatie|telefoon|email)\}/);
    });

    it('gives a PDF without personal data in the file name, and logs the print', async () => {
      const response = await (await as('supporterNorth'))
        .get(`/api/cases/${supportCase.id}/role-card.pdf`)
        .responseType('blob');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe('attachment; filename="rolkaart.pdf"');
      expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, supportCase.id);
      expect(log.at(-1)).toMatchObject({
        entity: 'role_card',
        action: 'read',
        client_id: northClient.id,
        detail: 'print, pdf',
      });
    });

    it('is for the case’s readers only', async () => {
      expect((await (await as('volunteerNorth')).get(`/api/cases/${supportCase.id}/role-card.pdf`)).status).toBe(200);
      expect((await (await as('supporterSouth')).get(`/api/cases/${supportCase.id}/role-card.pdf`)).status).toBe(403);
      expect((await (await as('supporterB')).get(`/api/cases/${supportCase.id}/role-card`)).status).toBe(404);
      expect((await (await as('adminA')).get(`/api/cases/${supportCase.id}/role-card`)).status).toBe(403);
    });

    it('uses the organisation’s own text once a team lead or administrator edits it, in that organisation only', async () => {
      const admin = await as('adminA');
      const initial = (await admin.get('/api/role-card-text')).body as RoleCardTextView;
      expect(initial).toMatchObject({ version: 0, sections: DEFAULT_ROLE_CARD_SECTIONS, updatedBy: null });
      const sections = {
        ...DEFAULT_ROLE_CARD_SECTIONS,
        complaints: {
          title: 'Klachten',
          body: 'Bel {telefoon} en vraag naar de klachtenfunctionaris van {organisatie}.',
        },
      };
      const saved = await (await as('teamLeadNorth')).put('/api/role-card-text', { version: 0, sections });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 1, updatedBy: { id: world.users.teamLeadNorth.id } });
      const other = { ...sections, whatWeDo: { title: 'Wat wij doen', body: 'Wij helpen u.' } };
      const stale = await admin.put('/api/role-card-text', { version: 0, sections: other });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ version: 1 });
      // Saving the text as it is loses nothing: no conflict, and no new version.
      const same = await admin.put('/api/role-card-text', { version: 0, sections });
      expect(same.status).toBe(200);
      expect(same.body).toMatchObject({ version: 1 });

      const card = (await (await as('supporterNorth')).get(`/api/cases/${supportCase.id}/role-card`))
        .body as RoleCardView;
      expect(card.sections.at(-1)).toEqual({
        key: 'complaints',
        title: 'Klachten',
        body: `Bel 030 123 45 67 en vraag naar de klachtenfunctionaris van ${world.orgA.name}.`,
      });
      expect(((await (await as('teamLeadB')).get('/api/role-card-text')).body as RoleCardTextView).version).toBe(0);
      expect((await (await as('supporterNorth')).put('/api/role-card-text', { version: 1, sections })).status).toBe(
        403,
      );
      const incomplete = await admin.put('/api/role-card-text', {
        version: 1,
        sections: { ...sections, complaints: undefined },
      });
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.details).toEqual([expect.objectContaining({ field: 'sections.complaints' })]);
    });
  });
});
