import { Logger } from '@nestjs/common';
import { loadConfig } from '@naast/api-core';
import { DEMO_PASSWORD, loadDemoDataIfEmpty } from '@naast/api-demo';
import type { CaseloadReview, MyWorkView, TimelineEntry, VolunteerWorkView } from '@naast/contracts';
import { startTestApp, TEST_CONFIG_ENV, type TestApp, TestClient } from './support';

describe('Demo data for the three workspaces', () => {
  let t: TestApp;
  const signedIn = async (email: string) => {
    const client = new TestClient(t.http);
    await client.signIn(email, DEMO_PASSWORD);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const logger = new Logger('DemoWorkspacesTest');
    logger.log = () => undefined;
    await loadDemoDataIfEmpty(t.db, loadConfig({ ...TEST_CONFIG_ENV, DEMO_DATA: 'auto' }), logger);
  });
  afterAll(() => t.close());

  it('gives the demo supporter something in every start-page widget', async () => {
    const view = (await (await signedIn('ondersteuner@utrecht.example')).get('/api/workspace/my-work'))
      .body as MyWorkView;
    expect(view.openCases.total).toBeGreaterThan(0);
    expect(view.withoutContact.total).toBeGreaterThan(0);
    expect(view.overdueActions.total).toBeGreaterThan(0);
    expect(view.upcoming.total).toBeGreaterThan(0);
    expect(view.newReports.total).toBeGreaterThanOrEqual(2);
  });

  it('gives the demo volunteer linked cases, drafts, hours and acknowledgements', async () => {
    const volunteer = await signedIn('vrijwilliger@utrecht.example');
    const view = (await volunteer.get('/api/workspace/my-visits')).body as VolunteerWorkView;
    expect(view.cases.length).toBeGreaterThanOrEqual(3);
    expect(view.drafts).toHaveLength(2);
    expect(view.acknowledgements.items.some((a) => a.acknowledgement.comment !== null)).toBe(true);
    expect(view.hoursThisMonth.minutes + view.acknowledgements.total).toBeGreaterThan(0);
  });

  it('gives the demo team lead a review with a waiting list, and a reassignment on a timeline', async () => {
    const lead = await signedIn('teamleider@utrecht.example');
    const review = (await lead.get('/api/caseload-review')).body as CaseloadReview;
    expect(review.supporters.length).toBeGreaterThan(0);
    expect(review.totals.openCases).toBeGreaterThan(0);
    expect(review.totals.withoutContact).toBeGreaterThan(0);
    expect(review.waitingList.count).toBeGreaterThan(0);
    expect(review.domainMix.length).toBeGreaterThan(0);
    expect(review.volunteerHours.length).toBeGreaterThan(0);
    const [handed] = (await t.db.query('SELECT case_id FROM case_assignment_changes LIMIT 1')) as { case_id: string }[];
    const timeline = (await lead.get(`/api/cases/${handed?.case_id}/timeline?kind=reassignment`))
      .body as TimelineEntry[];
    expect(timeline).toEqual([expect.objectContaining({ kind: 'reassignment', reason: expect.any(String) })]);
  });
});
