import type { ClientConsentsView, ClientView, ConsentView, DisclosureView } from '@naast/contracts';
import { accessLogOf, buildCase, buildClient } from './fixtures/case-work';
import { buildConsent, consentRequest, daysAgo, disclosureRequest } from './fixtures/consent-work';
import { buildWorld, startTestApp, type TestApp, type World, type WorldUser } from './support';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type ErrorBody = { details?: { field: string; reason: string }[] };
const fieldsOf = (body: unknown) => ((body as ErrorBody).details ?? []).map((d) => d.field).sort();
const reasonOf = (body: unknown, field: string) => (body as ErrorBody).details?.find((d) => d.field === field)?.reason;

describe('Consent (toestemming) and disclosures (verstrekkingen)', () => {
  let t: TestApp;
  let world: World;
  /** Team North; its case is led by supporterNorth. */
  let client: ClientView;
  let caseId: string;

  const as = (user: WorldUser) => world.as(user);
  const disclose = async (user: WorldUser, body: object, clientId = client.id) =>
    (await as(user)).post(`/api/clients/${clientId}/disclosures`, body);
  const disclosureCount = async () =>
    Number(
      (
        (await t.db.query(`SELECT count(*)::int AS n FROM disclosures WHERE client_id = $1`, [client.id])) as {
          n: number;
        }[]
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    client = await buildClient(await as('supporterNorth'), world.north.id);
    caseId = (await buildCase(await as('supporterNorth'), client.id)).id;
  });
  afterAll(() => t.close());

  describe('recording consent', () => {
    it('records a disclosure consent, status geldig, and logs it with the client', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id);
      expect(consent).toMatchObject({
        clientId: client.id,
        scope: 'disclosure',
        recipient: 'Wmo-loket Utrecht',
        status: 'geldig',
        withdrawnOn: null,
        version: 1,
        recordedBy: { id: world.users.supporterNorth.id },
      });
      expect(await accessLogOf(t.db, world.users.supporterNorth.id, consent.id)).toEqual([
        expect.objectContaining({ entity: 'consent', action: 'create', client_id: client.id, outcome: 'success' }),
      ]);
    });

    it('records consent given by a legal representative with name and capacity', async () => {
      const consent = await buildConsent(await as('teamLeadNorth'), client.id, {
        givenBy: 'legal_representative',
        representativeName: 'J. de Bewindvoerder',
        representativeCapacity: 'bewindvoerder',
        dataCategories: ['financien'],
        recipient: 'Kredietbank',
      });
      expect(consent).toMatchObject({
        representativeCapacity: 'bewindvoerder',
        representativeName: 'J. de Bewindvoerder',
      });
    });

    it('names the field: no recipient for a disclosure consent, representative without name, end before start', async () => {
      const supporter = await as('supporterNorth');
      const noRecipient = await supporter.post(
        `/api/clients/${client.id}/consents`,
        consentRequest({ recipient: '  ' }),
      );
      expect(noRecipient.status).toBe(400);
      expect(fieldsOf(noRecipient.body)).toEqual(['recipient']);
      const representative = await supporter.post(
        `/api/clients/${client.id}/consents`,
        consentRequest({ givenBy: 'legal_representative' }),
      );
      expect(representative.status).toBe(400);
      expect(fieldsOf(representative.body)).toEqual(['representativeCapacity', 'representativeName']);
      const backwards = await supporter.post(
        `/api/clients/${client.id}/consents`,
        consentRequest({ givenOn: daysAgo(5), validUntil: daysAgo(10) }),
      );
      expect(backwards.status).toBe(400);
      expect(fieldsOf(backwards.body)).toEqual(['validUntil']);
      const categories = await supporter.post(
        `/api/clients/${client.id}/consents`,
        consentRequest({ dataCategories: ['schulden' as never] }),
      );
      expect(fieldsOf(categories.body)).toEqual(['dataCategories']);
    });
  });

  describe('recording a disclosure', () => {
    it('allows a disclosure under a consent valid that day for that recipient (normalised) and logs it', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id);
      const response = await disclose(
        'supporterNorth',
        disclosureRequest({ consentId: consent.id, recipient: '  wmo loket  UTRECHT ', caseId }),
      );
      expect(response.status).toBe(201);
      const disclosure = response.body as DisclosureView;
      expect(disclosure).toMatchObject({ consentId: consent.id, caseId, exceptionKind: null, exceptionReason: null });
      expect(await accessLogOf(t.db, world.users.supporterNorth.id, disclosure.id)).toEqual([
        expect.objectContaining({
          entity: 'disclosure',
          action: 'create',
          client_id: client.id,
          outcome: 'success',
          detail: 'consent',
        }),
      ]);
    });

    it('refuses a disclosure with neither consent nor exception, naming consentId', async () => {
      const before = await disclosureCount();
      const response = await disclose('supporterNorth', disclosureRequest());
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['consentId']);
      expect(await disclosureCount()).toBe(before);
    });

    it('refuses a consent for another recipient, or that does not cover a disclosed category', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id);
      const other = await disclose(
        'supporterNorth',
        disclosureRequest({ consentId: consent.id, recipient: 'Woningcorporatie Mitros' }),
      );
      expect(other.status).toBe(400);
      expect(reasonOf(other.body, 'consentId')).toMatch(/andere ontvanger/);
      const uncovered = await disclose(
        'supporterNorth',
        disclosureRequest({ consentId: consent.id, dataCategories: ['persoonsgegevens', 'financien'] }),
      );
      expect(uncovered.status).toBe(400);
      expect(reasonOf(uncovered.body, 'consentId')).toMatch(/financiën/);
    });

    it('refuses a processing consent as ground for a disclosure', async () => {
      const processing = await buildConsent(await as('supporterNorth'), client.id, { scope: 'processing' });
      const response = await disclose('supporterNorth', disclosureRequest({ consentId: processing.id }));
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['consentId']);
    });

    it('refuses an expired consent, and one given after the disclosure date', async () => {
      const expired = await buildConsent(await as('supporterNorth'), client.id, {
        givenOn: daysAgo(60),
        validUntil: daysAgo(20),
      });
      expect(expired.status).toBe('verlopen');
      const late = await disclose('supporterNorth', disclosureRequest({ consentId: expired.id }));
      expect(late.status).toBe(400);
      expect(reasonOf(late.body, 'consentId')).toMatch(/verlopen/);
      // While it was valid, the same consent carries a disclosure.
      const inTime = await disclose(
        'supporterNorth',
        disclosureRequest({ consentId: expired.id, disclosedOn: daysAgo(25) }),
      );
      expect(inTime.status).toBe(201);
      const fresh = await buildConsent(await as('supporterNorth'), client.id, { givenOn: daysAgo(2) });
      const before = await disclose('supporterNorth', disclosureRequest({ consentId: fresh.id }));
      expect(reasonOf(before.body, 'consentId')).toMatch(/nog niet geldig/);
    });

    it('refuses a consent of another client', async () => {
      const otherClient = await buildClient(await as('supporterNorth'), world.north.id);
      const foreign = await buildConsent(await as('supporterNorth'), otherClient.id);
      const response = await disclose('supporterNorth', disclosureRequest({ consentId: foreign.id }));
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['consentId']);
    });

    it('allows a meldcode exception with a written reason, and logs its kind (not the reason)', async () => {
      const response = await disclose(
        'supporterNorth',
        disclosureRequest({
          recipient: 'Veilig Thuis',
          exceptionKind: 'meldcode',
          exceptionReason: 'Signalen van huiselijk geweld; afweging volgens stap 4 van de meldcode gemaakt.',
          caseId,
        }),
      );
      expect(response.status).toBe(201);
      const disclosure = response.body as DisclosureView;
      expect(disclosure).toMatchObject({ consentId: null, exceptionKind: 'meldcode' });
      const [row] = await accessLogOf(t.db, world.users.supporterNorth.id, disclosure.id);
      expect(row).toMatchObject({ detail: 'exception: meldcode' });
    });

    it('refuses an exception without a reason, or with too short a one, naming exceptionReason', async () => {
      const before = await disclosureCount();
      const none = await disclose('supporterNorth', disclosureRequest({ exceptionKind: 'meldcode' }));
      expect(none.status).toBe(400);
      expect(fieldsOf(none.body)).toEqual(['exceptionReason']);
      const short = await disclose(
        'supporterNorth',
        disclosureRequest({ exceptionKind: 'wettelijke_plicht', exceptionReason: 'moest' }),
      );
      expect(fieldsOf(short.body)).toEqual(['exceptionReason']);
      const reasonOnly = await disclose(
        'supporterNorth',
        disclosureRequest({ exceptionReason: 'Een reden zonder soort uitzondering erbij.' }),
      );
      expect(fieldsOf(reasonOnly.body)).toEqual(['exceptionKind']);
      expect(await disclosureCount()).toBe(before);
    });

    it('refuses both a consent and an exception at once, and a case of another client', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id);
      const both = await disclose(
        'supporterNorth',
        disclosureRequest({
          consentId: consent.id,
          exceptionKind: 'meldcode',
          exceptionReason: 'Signalen van huiselijk geweld; afweging gemaakt.',
        }),
      );
      expect(fieldsOf(both.body)).toEqual(['consentId']);
      const otherClient = await buildClient(await as('supporterNorth'), world.north.id);
      const otherCase = await buildCase(await as('supporterNorth'), otherClient.id);
      const wrongCase = await disclose(
        'supporterNorth',
        disclosureRequest({ consentId: consent.id, caseId: otherCase.id }),
      );
      expect(wrongCase.status).toBe(400);
      expect(fieldsOf(wrongCase.body)).toEqual(['caseId']);
    });
  });

  describe('withdrawing consent', () => {
    it('withdraws with its own date (no delete), after which a disclosure is refused; before it, allowed', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id);
      const response = await (
        await as('supporterNorth')
      ).post(`/api/consents/${consent.id}/withdrawal`, {
        version: consent.version,
        withdrawnOn: daysAgo(10),
        note: 'Cliënt wil niet meer dat het loket meekijkt.',
      });
      expect(response.status).toBe(201);
      const withdrawn = response.body as ConsentView;
      expect(withdrawn).toMatchObject({ status: 'ingetrokken', withdrawnOn: daysAgo(10), version: 2 });
      const rows = (await t.db.query(`SELECT withdrawn_on IS NOT NULL AS withdrawn FROM consents WHERE id = $1`, [
        consent.id,
      ])) as { withdrawn: boolean }[];
      expect(rows).toEqual([{ withdrawn: true }]);

      const after = await disclose('supporterNorth', disclosureRequest({ consentId: consent.id }));
      expect(after.status).toBe(400);
      expect(reasonOf(after.body, 'consentId')).toMatch(/ingetrokken/);
      const onTheDay = await disclose(
        'supporterNorth',
        disclosureRequest({ consentId: consent.id, disclosedOn: daysAgo(10) }),
      );
      expect(onTheDay.status).toBe(400);
      const before = await disclose(
        'supporterNorth',
        disclosureRequest({ consentId: consent.id, disclosedOn: daysAgo(15) }),
      );
      expect(before.status).toBe(201);
      expect(await accessLogOf(t.db, world.users.supporterNorth.id, consent.id)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'update', detail: 'withdrawn', outcome: 'success' }),
        ]),
      );
    });

    it('answers a stale version with 409 and the consent as it is now; a second withdrawal is refused', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id);
      const supporter = await as('supporterNorth');
      const first = await supporter.post(`/api/consents/${consent.id}/withdrawal`, {
        version: 1,
        withdrawnOn: daysAgo(1),
      });
      expect(first.status).toBe(201);
      const stale = await (
        await as('teamLeadNorth')
      ).post(`/api/consents/${consent.id}/withdrawal`, {
        version: 1,
        withdrawnOn: daysAgo(2),
      });
      expect(stale.status).toBe(409);
      expect((stale.body as { current: ConsentView }).current).toMatchObject({ id: consent.id, version: 2 });
      const again = await supporter.post(`/api/consents/${consent.id}/withdrawal`, {
        version: 2,
        withdrawnOn: daysAgo(0),
      });
      expect(again.status).toBe(400);
      expect(fieldsOf(again.body)).toEqual(['withdrawnOn']);
    });

    it('refuses a withdrawal dated before the consent was given', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id, { givenOn: daysAgo(3) });
      const response = await (
        await as('supporterNorth')
      ).post(`/api/consents/${consent.id}/withdrawal`, {
        version: 1,
        withdrawnOn: daysAgo(4),
      });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['withdrawnOn']);
    });
  });

  describe('reading and who may', () => {
    it('lists consents with their status and the disclosures, and logs one row per record seen', async () => {
      const supporter = await as('supporterNorth');
      const listed = await buildClient(supporter, world.north.id);
      await buildCase(supporter, listed.id);
      const valid = await buildConsent(supporter, listed.id);
      await buildConsent(supporter, listed.id, { givenOn: daysAgo(60), validUntil: daysAgo(20) });
      const withdrawn = await buildConsent(supporter, listed.id);
      await supporter.post(`/api/consents/${withdrawn.id}/withdrawal`, { version: 1, withdrawnOn: daysAgo(1) });
      const disclosed = await disclose('supporterNorth', disclosureRequest({ consentId: valid.id }), listed.id);
      expect(disclosed.status).toBe(201);

      const response = await (await as('teamLeadNorth')).get(`/api/clients/${listed.id}/consents`);
      expect(response.status).toBe(200);
      const view = response.body as ClientConsentsView;
      expect(view.consents.map((c) => c.status).sort()).toEqual(['geldig', 'ingetrokken', 'verlopen']);
      expect(view.disclosures.map((d) => d.id)).toEqual([(disclosed.body as DisclosureView).id]);
      const log = await accessLogOf(t.db, world.users.teamLeadNorth.id);
      const read = log.filter((r) => r.action === 'read' && r.outcome === 'success' && r.client_id === listed.id);
      expect(
        read
          .filter((r) => r.entity === 'consent')
          .map((r) => r.entity_id)
          .sort(),
      ).toEqual(view.consents.map((c) => c.id).sort());
      expect(read.filter((r) => r.entity === 'disclosure').map((r) => r.entity_id)).toEqual(
        view.disclosures.map((d) => d.id),
      );
    });

    it('logs a read of a client without consents too', async () => {
      const empty = await buildClient(await as('supporterNorth'), world.north.id);
      const response = await (await as('supporterNorth')).get(`/api/clients/${empty.id}/consents`);
      expect(response.body).toMatchObject({ consents: [], disclosures: [], permissions: { record: true } });
      const log = await accessLogOf(t.db, world.users.supporterNorth.id);
      expect(log.at(-1)).toMatchObject({ entity: 'consent', action: 'read', entity_id: null, client_id: empty.id });
    });

    it('refuses volunteers (even linked ones) and admins 403, another team 403, another organisation 404; all logged', async () => {
      const linked = await buildCase(await as('supporterNorth'), client.id, {
        volunteerIds: [world.users.volunteerNorth.id],
      });
      expect(linked.id).toBeTruthy();
      for (const user of ['volunteerNorth', 'adminA', 'supporterSouth', 'teamLeadSouth'] as const) {
        const read = await (await as(user)).get(`/api/clients/${client.id}/consents`);
        const write = await disclose(
          user,
          disclosureRequest({ exceptionKind: 'meldcode', exceptionReason: 'Signalen van huiselijk geweld gezien.' }),
        );
        expect({ user, read: read.status, write: write.status }).toEqual({ user, read: 403, write: 403 });
      }
      for (const user of ['supporterB', 'teamLeadB'] as const) {
        const read = await (await as(user)).get(`/api/clients/${client.id}/consents`);
        expect({ user, status: read.status }).toEqual({ user, status: 404 });
        const record = await (await as(user)).post(`/api/clients/${client.id}/consents`, consentRequest());
        expect({ user, status: record.status }).toEqual({ user, status: 404 });
      }
      const unknown = await (await as('supporterNorth')).get(`/api/clients/${UNKNOWN_ID}/consents`);
      expect(unknown.status).toBe(404);
      const denied = await accessLogOf(t.db, world.users.supporterSouth.id);
      expect(denied.at(-1)).toMatchObject({ entity: 'disclosure', outcome: 'denied', client_id: client.id });
      const foreign = await accessLogOf(t.db, world.users.supporterB.id);
      expect(foreign.at(-1)).toMatchObject({ entity: 'consent', outcome: 'not_found', client_id: null });
    });

    it('refuses another team and another organisation a withdrawal, leaving the consent as it was', async () => {
      const consent = await buildConsent(await as('supporterNorth'), client.id);
      const south = await (
        await as('supporterSouth')
      ).post(`/api/consents/${consent.id}/withdrawal`, {
        version: 1,
        withdrawnOn: daysAgo(0),
      });
      expect(south.status).toBe(403);
      const other = await (
        await as('supporterB')
      ).post(`/api/consents/${consent.id}/withdrawal`, {
        version: 1,
        withdrawnOn: daysAgo(0),
      });
      expect(other.status).toBe(404);
      const volunteer = await (
        await as('volunteerNorth')
      ).post(`/api/consents/${consent.id}/withdrawal`, {
        version: 1,
        withdrawnOn: daysAgo(0),
      });
      expect(volunteer.status).toBe(403);
      const rows = (await t.db.query(`SELECT version, withdrawn_on FROM consents WHERE id = $1`, [consent.id])) as {
        version: number;
        withdrawn_on: string | null;
      }[];
      expect(rows).toEqual([{ version: 1, withdrawn_on: null }]);
    });
  });
});
