import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PlanView } from '@naast/contracts';
import { conflictGoal } from './plan-conflict';
import { PlanStore } from './plan.store';

function buildPlan(version: number, title: string): PlanView {
  return {
    id: 'p-1',
    caseId: 'c-1',
    agreedOn: null,
    agreementMethod: null,
    nextEvaluationOn: null,
    goals: [
      {
        id: 'g-1',
        position: 1,
        title,
        desiredOutcome: null,
        domains: ['wonen'],
        status: 'open',
        stoppedReason: null,
        dependsOn: [],
        actions: [],
        version,
        updatedAt: '2026-11-01T10:00:00Z',
      },
    ],
    evaluations: [],
    versions: [],
    changedSinceLastVersion: true,
    permissions: { edit: true, fix: true, evaluate: true },
    contact: {
      supporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
      organisation: { name: 'MEE Voorbeeld', phone: null, email: null },
    },
    version,
    updatedAt: '2026-11-01T10:00:00Z',
  };
}

describe(PlanStore.name, () => {
  let store: PlanStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [PlanStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(PlanStore);
    http = TestBed.inject(HttpTestingController);
    const loading = store.load('c-1');
    http.expectOne('/api/cases/c-1/plan').flush(buildPlan(1, 'Een woning zonder trap'));
    await loading;
  });

  afterEach(() => http.verify());

  it('sends the version the edit started from and shows the plan the API answers', async () => {
    const saving = store.updateGoal('g-1', { title: 'Een benedenwoning' }, 1);
    const sent = http.expectOne('/api/cases/c-1/plan/goals/g-1');
    expect(sent.request.method).toBe('PATCH');
    expect(sent.request.body).toEqual({ title: 'Een benedenwoning', version: 1 });
    sent.flush(buildPlan(2, 'Een benedenwoning'));
    await expect(saving).resolves.toMatchObject({ ok: true });
    expect(store.plan()?.goals[0].title).toBe('Een benedenwoning');
  });

  it('on a 409 shows the plan as saved now and hands the saved goal to the page', async () => {
    const saving = store.updateGoal('g-1', { title: 'Een benedenwoning' }, 1);
    http
      .expectOne('/api/cases/c-1/plan/goals/g-1')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current: buildPlan(2, 'Een woning met lift') },
        { status: 409, statusText: 'Conflict' },
      );
    const outcome = await saving;
    expect(outcome.ok).toBe(false);
    expect(store.plan()?.goals[0].title).toBe('Een woning met lift');
    expect(outcome.ok ? null : conflictGoal(outcome.error, 'g-1')?.version).toBe(2);
  });

  it('deletes with the version of what the user saw', async () => {
    const goal = store.plan()?.goals[0];
    if (!goal) {
      throw new Error('No goal loaded.');
    }
    const deleting = store.deleteGoal(goal);
    const sent = http.expectOne((request) => request.url === '/api/cases/c-1/plan/goals/g-1');
    expect(sent.request.method).toBe('DELETE');
    expect(sent.request.params.get('version')).toBe('1');
    sent.flush({ ...buildPlan(2, ''), goals: [] });
    await expect(deleting).resolves.toMatchObject({ ok: true });
    expect(store.plan()?.goals).toEqual([]);
  });
});
