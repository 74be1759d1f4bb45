import { todayIsoDate } from '@naast/api-core';
import type {
  CaseListItem,
  CaseView,
  CaseloadFigures,
  CaseloadReview,
  DomainCode,
  MyWorkView,
  Page,
} from '@naast/contracts';
import { Workbook } from 'exceljs';
import type request from 'supertest';
import { accessLogOf, buildCase, buildClient, buildVisit } from './fixtures/case-work';
import { buildAction, buildGoal } from './fixtures/plan-work';
import {
  buildTeam,
  buildUser,
  buildWorld,
  startTestApp,
  TEST_PASSWORD,
  TestClient,
  type BuiltTeam,
  type BuiltUser,
  type TestApp,
  type World,
} from './support';

const TODAY = todayIsoDate();
const MONTH_START = `${TODAY.slice(0, 8)}01`;
function day(offset: number): string {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** A hand-built case: what the test arranged, from which every expected figure is computed. */
interface Planned {
  key: string;
  lead: 'anna' | 'bram';
  registeredOn: string;
  domains: DomainCode[];
  /** Visit dates, oldest first; `today` means a minute ago. */
  visits: { on: string; by: 'lead' | 'volunteer' }[];
  status: 'aangemeld' | 'intake' | 'actief' | 'afgesloten';
  referral: 'huisarts' | 'wijkteam';
}

const PLANNED: Planned[] = [
  {
    key: 'c1',
    lead: 'anna',
    registeredOn: day(-60),
    domains: ['zorg', 'wonen', 'werk'],
    visits: [{ on: day(-40), by: 'lead' }],
    status: 'intake',
    referral: 'wijkteam',
  },
  {
    key: 'c2',
    lead: 'anna',
    registeredOn: day(-10),
    domains: ['zorg'],
    visits: [],
    status: 'aangemeld',
    referral: 'huisarts',
  },
  {
    key: 'c3',
    lead: 'anna',
    registeredOn: day(-50),
    domains: ['zorg', 'wonen'],
    visits: [],
    status: 'aangemeld',
    referral: 'huisarts',
  },
  {
    key: 'c4',
    lead: 'anna',
    registeredOn: TODAY,
    domains: ['werk'],
    visits: [{ on: TODAY, by: 'volunteer' }],
    status: 'aangemeld',
    referral: 'huisarts',
  },
  {
    key: 'c5',
    lead: 'anna',
    registeredOn: day(-20),
    domains: ['zorg'],
    visits: [{ on: day(-15), by: 'lead' }],
    status: 'afgesloten',
    referral: 'huisarts',
  },
  {
    key: 'c6',
    lead: 'bram',
    registeredOn: day(-5),
    domains: ['zorg', 'wonen'],
    visits: [{ on: day(-1), by: 'lead' }],
    status: 'actief',
    referral: 'huisarts',
  },
  {
    key: 'c7',
    lead: 'bram',
    registeredOn: day(-100),
    domains: ['zorg'],
    visits: [{ on: day(-95), by: 'lead' }],
    status: 'aangemeld',
    referral: 'huisarts',
  },
];
const NO_CONTACT_DAYS = 30;

/** The figures the review must show, computed here from the plan above, independently of the server's SQL. */
function expectedFigures(cases: Planned[]): CaseloadFigures {
  const open = cases.filter((c) => c.status !== 'afgesloten');
  const lastContact = (c: Planned) => c.visits.at(-1)?.on ?? c.registeredOn;
  return {
    openCases: open.length,
    newThisMonth: cases.filter((c) => c.registeredOn >= MONTH_START).length,
    closedThisMonth: cases.filter((c) => c.status === 'afgesloten').length,
    byStatus: {
      aangemeld: cases.filter((c) => c.status === 'aangemeld').length,
      intake: cases.filter((c) => c.status === 'intake').length,
      actief: cases.filter((c) => c.status === 'actief').length,
      afgesloten: cases.filter((c) => c.status === 'afgesloten').length,
    },
    visitsThisMonth: cases.flatMap((c) => c.visits).filter((v) => v.on >= MONTH_START).length,
    withoutContact: open.filter((c) => daysBetween(lastContact(c), TODAY) > NO_CONTACT_DAYS).length,
    overdueActions: open.filter((c) => c.key === 'c2').length,
    weight: open.reduce((sum, c) => sum + 1 + 0.5 * Math.max(0, c.domains.length - 1), 0),
  };
}

async function signedIn(t: TestApp, user: BuiltUser): Promise<TestClient> {
  const c = new TestClient(t.http);
  await c.signIn(user.email, TEST_PASSWORD);
  return c;
}

function binary(test: request.Test): request.Test {
  return test.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}

describe('Workspaces: the start page and caseload figures, against hand-built data', () => {
  let t: TestApp;
  let world: World;
  let west: BuiltTeam;
  let people: { lead: BuiltUser; anna: BuiltUser; bram: BuiltUser; volunteer: BuiltUser };
  let as: { lead: TestClient; anna: TestClient; bram: TestClient; volunteer: TestClient };
  const ids = new Map<string, string>();
  const idsOf = (...keys: string[]) => keys.map((k) => ids.get(k)).sort();

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    west = await buildTeam(t.db, world.orgA.id, { name: 'West' });
    const member = (role: 'team_lead' | 'supporter' | 'volunteer', displayName: string) =>
      buildUser(t.db, { organisationId: world.orgA.id, role, teamIds: [west.id], displayName });
    people = {
      lead: await member('team_lead', 'Teamleider West'),
      anna: await member('supporter', 'Anna Aalders'),
      // A name that a spreadsheet would run as a formula.
      bram: await member('supporter', '=HYPERLINK("http://example.com","Bram")'),
      volunteer: await member('volunteer', 'Vera Vrijwilliger'),
    };
    as = {
      lead: await signedIn(t, people.lead),
      anna: await signedIn(t, people.anna),
      bram: await signedIn(t, people.bram),
      volunteer: await signedIn(t, people.volunteer),
    };

    for (const planned of PLANNED) {
      const maker = planned.lead === 'anna' ? as.anna : as.lead;
      const client = await buildClient(maker, west.id, { familyName: `Cijfer ${planned.key}` });
      const created = await buildCase(maker, client.id, {
        registeredOn: planned.registeredOn,
        domains: planned.domains,
        referralSource: planned.referral,
        leadSupporterId: people[planned.lead].id,
        volunteerIds: [people.volunteer.id],
      });
      ids.set(planned.key, created.id);
      for (const visit of planned.visits) {
        const author = visit.by === 'volunteer' ? as.volunteer : as[planned.lead];
        const occurredAt = visit.on === TODAY ? new Date(Date.now() - 60_000).toISOString() : `${visit.on}T10:00:00Z`;
        await buildVisit(author, created.id, { occurredAt });
      }
      const steps = { aangemeld: [], intake: ['intake'], actief: ['intake', 'actief'], afgesloten: ['afgesloten'] }[
        planned.status
      ];
      for (const status of steps) {
        const current = (await as.lead.get(`/api/cases/${created.id}`)).body as CaseView;
        const moved = await as.lead.post(`/api/cases/${created.id}/status`, {
          version: current.version,
          status,
          reason: status === 'afgesloten' ? 'Vraag beantwoord' : undefined,
        });
        if (moved.status !== 201) throw new Error(`status ${status}: ${moved.status} ${JSON.stringify(moved.body)}`);
      }
    }
    // c2: one overdue action, one due later, and an evaluation next week; c3: an evaluation two days ago.
    const c2 = ids.get('c2') ?? '';
    const { goal } = await buildGoal(as.anna, c2);
    const { action: overdue } = await buildAction(as.anna, c2, goal.id, { description: 'Brief sturen' });
    const { action: later } = await buildAction(as.anna, c2, goal.id, { description: 'Bellen' });
    await t.db.query('UPDATE plan_actions SET due_on = $2 WHERE id = $1', [overdue.id, day(-3)]);
    await t.db.query('UPDATE plan_actions SET due_on = $2 WHERE id = $1', [later.id, day(5)]);
    await t.db.query('UPDATE plans SET next_evaluation_on = $2 WHERE case_id = $1', [c2, day(7)]);
    const c3 = ids.get('c3') ?? '';
    await buildGoal(as.anna, c3);
    await t.db.query('UPDATE plans SET next_evaluation_on = $2 WHERE case_id = $1', [c3, day(-2)]);

    // Another team's neglected case must not count anywhere in West.
    const north = await buildClient(await world.as('supporterNorth'), world.north.id);
    await buildCase(await world.as('supporterNorth'), north.id, { registeredOn: day(-90) });
  });
  afterAll(() => t.close());

  describe('GET /api/workspace/my-work', () => {
    let view: MyWorkView;
    beforeAll(async () => {
      const response = await as.anna.get('/api/workspace/my-work');
      expect(response.status).toBe(200);
      view = response.body as MyWorkView;
    });

    it('counts my open cases by status', () => {
      expect(view.noContactDays).toBe(NO_CONTACT_DAYS);
      expect(view.openCases).toEqual({ total: 4, byStatus: { aangemeld: 3, intake: 1, actief: 0 } });
    });

    it('lists cases without contact for more than N days, longest first, with the days', () => {
      expect(view.withoutContact.total).toBe(2);
      expect(view.withoutContact.items).toEqual([
        expect.objectContaining({
          caseId: ids.get('c3'),
          lastContactOn: null,
          daysWithoutContact: 50,
          status: 'aangemeld',
        }),
        expect.objectContaining({
          caseId: ids.get('c1'),
          lastContactOn: day(-40),
          daysWithoutContact: 40,
          status: 'intake',
        }),
      ]);
      expect(view.withoutContact.items[0]?.client.displayName).toBe('Jan de Cijfer c3');
    });

    it('lists overdue plan actions, upcoming and passed evaluations, and new volunteer reports', () => {
      expect(view.overdueActions).toEqual({
        total: 1,
        items: [
          expect.objectContaining({
            caseId: ids.get('c2'),
            description: 'Brief sturen',
            dueOn: day(-3),
            daysOverdue: 3,
          }),
        ],
      });
      expect(view.upcoming).toEqual({
        total: 2,
        items: [
          expect.objectContaining({
            kind: 'evaluation',
            caseId: ids.get('c3'),
            date: day(-2),
            passed: true,
            label: '',
          }),
          expect.objectContaining({ kind: 'evaluation', caseId: ids.get('c2'), date: day(7), passed: false }),
        ],
      });
      expect(view.newReports.total).toBe(1);
      expect(view.newReports.items[0]).toMatchObject({
        caseId: ids.get('c4'),
        volunteer: { id: people.volunteer.id, role: 'volunteer' },
        minutes: 45,
        domains: ['zorg'],
      });
    });

    it('drills down to exactly the cases behind each number, also page by page', async () => {
      const list = async (client: TestClient, query: string) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const response = await client.get(`/api/cases?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
          expect(response.status).toBe(200);
          const page = response.body as Page<CaseListItem>;
          seen.push(...page.items.map((c) => c.id));
          cursor = page.nextCursor;
        } while (cursor);
        return seen.sort();
      };
      expect(await list(as.anna, 'mine=true&attention=no_contact')).toEqual(idsOf('c1', 'c3'));
      expect(await list(as.anna, 'mine=true&attention=overdue_actions')).toEqual(idsOf('c2'));
      expect(await list(as.anna, 'mine=true&attention=waiting')).toEqual(idsOf('c2', 'c3'));
      expect((await as.anna.get('/api/cases?attention=urgent')).body.details).toEqual([
        expect.objectContaining({ field: 'attention' }),
      ]);
    });
  });

  describe('GET /api/caseload-review', () => {
    let review: CaseloadReview;
    beforeAll(async () => {
      const response = await as.lead.get(`/api/caseload-review?teamId=${west.id}`);
      expect(response.status).toBe(200);
      review = response.body as CaseloadReview;
    });

    it('gives each supporter’s figures and the totals, computed from the cases', () => {
      expect(review).toMatchObject({
        teamId: west.id,
        teams: [{ id: west.id, name: 'West' }],
        month: TODAY.slice(0, 7),
      });
      const anna = PLANNED.filter((c) => c.lead === 'anna');
      const bram = PLANNED.filter((c) => c.lead === 'bram');
      expect(review.supporters.map((s) => s.supporter.id)).toEqual([people.bram.id, people.anna.id]);
      expect(review.supporters.find((s) => s.supporter.id === people.anna.id)).toEqual({
        supporter: { id: people.anna.id, displayName: 'Anna Aalders', role: 'supporter' },
        ...expectedFigures(anna),
      });
      expect(review.supporters.find((s) => s.supporter.id === people.bram.id)).toMatchObject(expectedFigures(bram));
      expect(review.totals).toEqual(expectedFigures(PLANNED));
      expect(review.totals.weight).toBe(8);
    });

    it('shows the waiting list, first contacts per month, domain mix, referral sources and volunteer hours', () => {
      expect(review.waitingList).toEqual({ count: 2, medianDays: 30, longestDays: 50 });
      expect(review.firstContact).toHaveLength(12);
      expect(review.firstContact.at(-1)?.month).toBe(TODAY.slice(0, 7));
      const firstContacts = PLANNED.filter((c) => c.visits.length > 0).map((c) => ({
        month: (c.visits[0]?.on ?? '').slice(0, 7),
        days: daysBetween(c.registeredOn, c.visits[0]?.on ?? ''),
      }));
      for (const month of review.firstContact) {
        const inMonth = firstContacts.filter((f) => f.month === month.month).map((f) => f.days);
        expect(month).toEqual({
          month: month.month,
          cases: inMonth.length,
          medianDays: inMonth.length ? median(inMonth) : null,
        });
      }
      expect(review.firstContact.reduce((sum, m) => sum + m.cases, 0)).toBe(5);
      expect(review.domainMix).toEqual([
        { key: 'zorg', count: 5 },
        { key: 'wonen', count: 3 },
        { key: 'werk', count: 2 },
      ]);
      expect(review.referralSources).toEqual([
        { key: 'huisarts', count: 5 },
        { key: 'wijkteam', count: 1 },
      ]);
      expect(review.volunteerHours).toEqual([
        {
          volunteer: { id: people.volunteer.id, displayName: 'Vera Vrijwilliger', role: 'volunteer' },
          minutes: 45,
          visits: 1,
        },
      ]);
    });

    it('drills down from a supporter’s figure to the same number of cases', async () => {
      const anna = review.supporters.find((s) => s.supporter.id === people.anna.id);
      const count = async (attention: string, supporterId?: string) => {
        const response = await as.lead.get(
          `/api/cases?teamId=${west.id}&attention=${attention}&limit=100${supporterId ? `&supporterId=${supporterId}` : ''}`,
        );
        return (response.body as Page<CaseListItem>).items.length;
      };
      expect(await count('no_contact', people.anna.id)).toBe(anna?.withoutContact);
      expect(await count('overdue_actions', people.anna.id)).toBe(anna?.overdueActions);
      expect(await count('new_this_month', people.anna.id)).toBe(anna?.newThisMonth);
      expect(await count('closed_this_month', people.anna.id)).toBe(anna?.closedThisMonth);
      expect(await count('no_contact')).toBe(review.totals.withoutContact);
      expect(await count('waiting')).toBe(review.waitingList.count);
    });

    it('stays within the lead’s teams: another team answers 404, a malformed id 400, other roles 403', async () => {
      const all = (await as.lead.get('/api/caseload-review')).body as CaseloadReview;
      expect(all.teamId).toBeNull();
      expect(all.totals).toEqual(review.totals);
      const north = (await (await world.as('teamLeadNorth')).get('/api/caseload-review')).body as CaseloadReview;
      expect(north.supporters.map((s) => s.supporter.id)).not.toContain(people.anna.id);
      expect(north.totals.openCases).toBe(1);
      expect((await as.lead.get(`/api/caseload-review?teamId=${world.north.id}`)).status).toBe(404);
      expect((await as.lead.get(`/api/caseload-review?teamId=${world.teamB.id}`)).status).toBe(404);
      expect((await as.lead.get('/api/caseload-review?teamId=west')).body.details).toEqual([
        expect.objectContaining({ field: 'teamId' }),
      ]);
      expect((await as.anna.get('/api/caseload-review')).status).toBe(403);
    });
  });

  describe('GET /api/caseload-review/export', () => {
    const tableOf = (review: CaseloadReview) => {
      const row = (f: CaseloadFigures) => [
        f.openCases,
        f.newThisMonth,
        f.closedThisMonth,
        f.byStatus.aangemeld,
        f.byStatus.intake,
        f.byStatus.actief,
        f.byStatus.afgesloten,
        f.visitsThisMonth,
        f.withoutContact,
        f.overdueActions,
        f.weight,
      ];
      return [...review.supporters.map((s) => [s.supporter.displayName, ...row(s)]), ['Totaal', ...row(review.totals)]];
    };

    it('downloads the same numbers as CSV, with formulas neutralised, and logs the export', async () => {
      const review = (await as.lead.get(`/api/caseload-review?teamId=${west.id}`)).body as CaseloadReview;
      const response = await binary(as.lead.get(`/api/caseload-review/export?teamId=${west.id}&format=csv`));
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="caseload-\d{4}-\d{2}\.csv"$/);
      const text = (response.body as Buffer).toString('utf8').replace(/^\uFEFF/, '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toContain('Cliëntondersteuner,Open casussen');
      // Naive split is enough: the only quoted cell is the neutralised name, checked as a whole.
      expect(lines[1]).toBe(`"'=HYPERLINK(""http://example.com"",""Bram"")",${tableOf(review)[0]?.slice(1).join(',')}`);
      expect(lines.slice(2).map((l) => l.split(','))).toEqual(
        tableOf(review)
          .slice(1)
          .map((r) => r.map(String)),
      );
      const log = await accessLogOf(t.db, people.lead.id);
      expect(log.at(-1)).toMatchObject({ action: 'export', entity: 'caseload', entity_id: west.id, client_id: null });
      expect(log.at(-1)?.detail).toContain('"format":"csv"');
    });

    it('downloads the same numbers as XLSX', async () => {
      const review = (await as.lead.get(`/api/caseload-review?teamId=${west.id}`)).body as CaseloadReview;
      const response = await binary(as.lead.get(`/api/caseload-review/export?teamId=${west.id}&format=xlsx`));
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new Workbook();
      await workbook.xlsx.load(response.body as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      const rows: unknown[][] = [];
      sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const expected = tableOf(review);
      expect(rows.slice(1)).toEqual([
        [`'${String(expected[0]?.[0])}`, ...(expected[0]?.slice(1) ?? [])],
        ...expected.slice(1),
      ]);
      expect((await accessLogOf(t.db, people.lead.id)).at(-1)).toMatchObject({ action: 'export' });
    });

    it('names a missing or unknown format', async () => {
      for (const query of ['', '&format=pdf']) {
        const response = await as.lead.get(`/api/caseload-review/export?teamId=${west.id}${query}`);
        expect(response.status).toBe(400);
        expect(response.body.details).toEqual([expect.objectContaining({ field: 'format' })]);
      }
    });
  });
});
