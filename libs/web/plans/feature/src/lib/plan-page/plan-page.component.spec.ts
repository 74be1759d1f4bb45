import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { CaseView, PlanActionView, PlanGoalView, PlanView } from '@naast/contracts';
import { PlanPageComponent } from './plan-page.component';

const PLAN_URL = '/api/cases/c-1/plan';

function buildAction(overrides: Partial<PlanActionView> = {}): PlanActionView {
  return {
    id: 'a-1',
    goalId: 'g-house',
    description: 'Wmo-melding doen',
    owner: { kind: 'client', user: null, name: null },
    dueOn: '2026-12-01',
    status: 'open',
    doneOn: null,
    overdue: false,
    permissions: { edit: true, complete: true },
    version: 1,
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

function buildGoal(overrides: Partial<PlanGoalView> = {}): PlanGoalView {
  return {
    id: 'g-house',
    position: 2,
    title: 'Ik wil een woning zonder trap',
    desiredOutcome: null,
    domains: ['wonen'],
    status: 'open',
    stoppedReason: null,
    dependsOn: ['g-debts'],
    actions: [buildAction()],
    version: 1,
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

function buildPlan(house: Partial<PlanGoalView> = {}, overrides: Partial<PlanView> = {}): PlanView {
  return {
    id: 'p-1',
    caseId: 'c-1',
    agreedOn: '2026-11-02',
    agreementMethod: 'verbal',
    nextEvaluationOn: '2027-02-01',
    goals: [
      buildGoal({
        id: 'g-debts',
        position: 1,
        title: 'Ik wil geen schulden meer hebben',
        domains: ['inkomen', 'wonen'],
        dependsOn: [],
        actions: [],
      }),
      buildGoal(house),
    ],
    evaluations: [],
    versions: [],
    changedSinceLastVersion: true,
    permissions: { edit: true, fix: true, evaluate: true },
    contact: {
      supporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
      organisation: { name: 'MEE Voorbeeld', phone: null, email: null },
    },
    version: 7,
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

const supportCase = {
  id: 'c-1',
  client: { id: 'cl-1', displayName: 'Jan Jansen' },
  leadSupporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
  volunteers: [{ id: 'u-2', displayName: 'Henk Jansen', role: 'volunteer' }],
} as unknown as CaseView;

// The page compiles Material forms on first use; on a busy machine that outlasts jest's default 5 s.
jest.setTimeout(30_000);

describe(PlanPageComponent.name, () => {
  let fixture: ComponentFixture<PlanPageComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PlanPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanPageComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', 'c-1');
    await settle();
    http.expectOne(PLAN_URL).flush(buildPlan());
    http.expectOne('/api/cases/c-1').flush(supportCase);
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const button = (name: string) =>
    Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
    );
  const goalTitleInput = () => host.querySelector<HTMLInputElement>('naast-goal-form [formcontrolname="title"]');
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function editHouseTitle(title: string): Promise<void> {
    button('Doel wijzigen: Ik wil een woning zonder trap')?.click();
    await settle();
    const input = goalTitleInput();
    expect(input?.value).toBe('Ik wil een woning zonder trap');
    if (input) {
      input.value = title;
      input.dispatchEvent(new Event('input'));
    }
    host.querySelector<HTMLButtonElement>('naast-goal-form button[type="submit"]')?.click();
    await settle();
  }

  function type(selector: string, value: string): void {
    const field = host.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    expect(field).not.toBeNull();
    if (field) {
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    }
  }

  /** The API refuses the save as stale; the 409 carries the whole plan as saved now. */
  function refuse(request: TestRequest, current: PlanView): void {
    request.flush(
      { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
      { status: 409, statusText: 'Conflict' },
    );
  }

  function conflict(current: PlanView): void {
    refuse(http.expectOne(`${PLAN_URL}/goals/g-house`), current);
  }

  function noticeRows(): string[][] {
    return Array.from(host.querySelectorAll('naast-conflict-notice tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => text(cell)),
    );
  }

  it('sends only the changed field with the version the edit started from', async () => {
    await editHouseTitle('Ik wil een benedenwoning');
    const sent = http.expectOne(`${PLAN_URL}/goals/g-house`);
    expect(sent.request.method).toBe('PATCH');
    expect(sent.request.body).toEqual({ version: 1, title: 'Ik wil een benedenwoning' });
    sent.flush(buildPlan({ title: 'Ik wil een benedenwoning', version: 2 }));
    await settle();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Het doel is opgeslagen.');
    expect(goalTitleInput()).toBeNull();
  });

  it('on a conflict keeps what was typed and shows, field by field, what is saved now', async () => {
    await editHouseTitle('Ik wil een benedenwoning');
    conflict(buildPlan({ title: 'Ik wil een woning met lift', status: 'in_progress', version: 2 }));
    await settle();

    const notice = host.querySelector('naast-goal-form naast-conflict-notice [role="alert"]');
    expect(text(notice)).toContain('Iemand anders heeft dit doel intussen gewijzigd.');
    expect(noticeRows()).toEqual([
      ['Doel in de woorden van de cliënt', 'Ik wil een woning met lift', 'Ik wil een benedenwoning'],
      ['Status', 'Mee bezig', '(niet gewijzigd)'],
    ]);
    expect(goalTitleInput()?.value).toBe('Ik wil een benedenwoning');
    expect(document.activeElement?.closest('naast-conflict-notice')).not.toBeNull();
  });

  it('puts the user’s input on top of the saved goal when they choose to', async () => {
    await editHouseTitle('Ik wil een benedenwoning');
    conflict(buildPlan({ title: 'Ik wil een woning met lift', status: 'in_progress', version: 2 }));
    await settle();

    button('Mijn invoer toch opslaan')?.click();
    await settle();
    const again = http.expectOne(`${PLAN_URL}/goals/g-house`);
    // The colleague's status stays: only the user's own change goes on top of version 2.
    expect(again.request.body).toEqual({ version: 2, title: 'Ik wil een benedenwoning' });
    again.flush(buildPlan({ title: 'Ik wil een benedenwoning', status: 'in_progress', version: 3 }));
    await settle();
    expect(host.querySelector('naast-conflict-notice')).toBeNull();
    expect(text(host.querySelector('#goal-g-house'))).toBe('Ik wil een benedenwoning');
  });

  it('drops the user’s input for the saved goal when they choose to', async () => {
    await editHouseTitle('Ik wil een benedenwoning');
    conflict(buildPlan({ title: 'Ik wil een woning met lift', version: 2 }));
    await settle();

    button('Opgeslagen gegevens overnemen')?.click();
    await settle();
    expect(host.querySelector('naast-conflict-notice')).toBeNull();
    expect(goalTitleInput()?.value).toBe('Ik wil een woning met lift');

    // The edit now continues from the saved goal and its version.
    type('naast-goal-form [formcontrolname="title"]', 'Ik wil een benedenwoning');
    host.querySelector<HTMLButtonElement>('naast-goal-form button[type="submit"]')?.click();
    await settle();
    const again = http.expectOne(`${PLAN_URL}/goals/g-house`);
    expect(again.request.body).toEqual({ version: 2, title: 'Ik wil een benedenwoning' });
    again.flush(buildPlan({ title: 'Ik wil een benedenwoning', version: 3 }));
    await settle();
  });

  it('names a goal a colleague added meanwhile by the plan the conflict carries', async () => {
    await editHouseTitle('Ik wil een benedenwoning');
    const saved = buildPlan({ dependsOn: ['g-debts', 'g-work'], version: 2 });
    saved.goals.push(buildGoal({ id: 'g-work', position: 3, title: 'Ik wil vrijwilligerswerk doen', actions: [] }));
    conflict(saved);
    await settle();

    expect(noticeRows()).toContainEqual([
      'Eerst nodig',
      'Ik wil geen schulden meer hebben, Ik wil vrijwilligerswerk doen',
      '(niet gewijzigd)',
    ]);
  });

  it('on a conflict over an action keeps the typed description and can take the saved owner', async () => {
    button('Actie wijzigen: Wmo-melding doen')?.click();
    await settle();
    type('naast-action-form [formcontrolname="description"]', 'Wmo-melding doen met de cliënt');
    host.querySelector<HTMLButtonElement>('naast-action-form button[type="submit"]')?.click();
    await settle();
    const sent = http.expectOne(`${PLAN_URL}/actions/a-1`);
    expect(sent.request.body).toEqual({ version: 1, description: 'Wmo-melding doen met de cliënt' });
    const colleague = { id: 'u-3', displayName: 'Piet Visser', role: 'supporter' as const };
    refuse(
      sent,
      buildPlan({ actions: [buildAction({ owner: { kind: 'supporter', user: colleague, name: null }, version: 2 })] }),
    );
    await settle();

    expect(text(host.querySelector('naast-action-form naast-conflict-notice'))).toContain(
      'Iemand anders heeft deze actie intussen gewijzigd.',
    );
    expect(noticeRows()).toEqual([
      ['Wat gaat er gebeuren?', 'Wmo-melding doen', 'Wmo-melding doen met de cliënt'],
      ['Wie doet het?', 'Cliëntondersteuner Piet Visser', '(niet gewijzigd)'],
    ]);
    expect(host.querySelector<HTMLInputElement>('naast-action-form [formcontrolname="description"]')?.value).toBe(
      'Wmo-melding doen met de cliënt',
    );
    expect(document.activeElement?.closest('naast-conflict-notice')).not.toBeNull();

    button('Opgeslagen gegevens overnemen')?.click();
    await settle();
    expect(host.querySelector('naast-conflict-notice')).toBeNull();
    expect(host.querySelector<HTMLInputElement>('naast-action-form [formcontrolname="description"]')?.value).toBe(
      'Wmo-melding doen',
    );
    // The colleague is not linked to the case, yet stays selectable as the saved owner.
    expect(host.querySelector<HTMLSelectElement>('naast-action-form [formcontrolname="userId"]')?.value).toBe('u-3');
  });

  it('on a conflict over the agreement sends only the user’s change on top of the saved plan', async () => {
    button('Afspraken wijzigen')?.click();
    await settle();
    type('#agreement-form [formcontrolname="nextEvaluationOn"]', '2027-03-01');
    button('Afspraken opslaan')?.click();
    await settle();
    const sent = http.expectOne(PLAN_URL);
    expect(sent.request.body).toEqual({ version: 7, nextEvaluationOn: '2027-03-01' });
    refuse(sent, buildPlan({}, { agreementMethod: 'signed', version: 8 }));
    await settle();

    expect(text(host.querySelector('naast-conflict-notice'))).toContain(
      'Iemand anders heeft de afspraken intussen gewijzigd.',
    );
    const rows = noticeRows();
    expect(rows.map((row) => row[0])).toEqual(['Hoe gaf de cliënt akkoord?', 'Volgende evaluatie']);
    expect(rows[0].slice(1)).toEqual(['Ondertekend', '(niet gewijzigd)']);
    expect(host.querySelector<HTMLInputElement>('#agreement-form [formcontrolname="nextEvaluationOn"]')?.value).toBe(
      '2027-03-01',
    );
    expect(document.activeElement?.closest('naast-conflict-notice')).not.toBeNull();

    button('Mijn invoer toch opslaan')?.click();
    await settle();
    const again = http.expectOne(PLAN_URL);
    // The colleague's agreement method is not written back with the user's stale one.
    expect(again.request.body).toEqual({ version: 8, nextEvaluationOn: '2027-03-01' });
    again.flush(buildPlan({}, { agreementMethod: 'signed', nextEvaluationOn: '2027-03-01', version: 9 }));
    await settle();
    expect(host.querySelector('naast-conflict-notice')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('De afspraken zijn opgeslagen.');
  });

  it('shows the API’s refusal of a dependency cycle next to the dependency field', async () => {
    button('Doel wijzigen: Ik wil geen schulden meer hebben')?.click();
    await settle();
    const option = Array.from(host.querySelectorAll<HTMLElement>('naast-goal-form mat-chip-option')).find((chip) =>
      chip.textContent?.includes('Ik wil een woning zonder trap'),
    );
    option?.querySelector<HTMLElement>('button')?.click();
    await settle();
    host.querySelector<HTMLButtonElement>('naast-goal-form button[type="submit"]')?.click();
    await settle();
    const sent = http.expectOne(`${PLAN_URL}/goals/g-debts`);
    expect(sent.request.body).toEqual({ version: 1, dependsOn: ['g-house'] });
    sent.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ongeldige invoer.',
        details: [{ field: 'dependsOn', reason: 'Dit maakt een kring: het doel hangt dan van zichzelf af.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(host.querySelector('[data-testid="depends-on-error"]'))).toBe(
      'Dit maakt een kring: het doel hangt dan van zichzelf af.',
    );
    expect(
      host.querySelector('naast-goal-form [aria-labelledby$="-depends-label"]')?.getAttribute('aria-describedby'),
    ).toContain(host.querySelector('[data-testid="depends-on-error"]')?.id);
  });

  it('lets a reader without edit rights only tick off the actions assigned to them', async () => {
    const readOnly = buildPlan(
      { actions: [buildAction({ permissions: { edit: false, complete: true }, version: 4 })] },
      { permissions: { edit: false, fix: false, evaluate: false } },
    );
    readOnly.goals[0].actions = [
      buildAction({
        id: 'a-2',
        goalId: 'g-debts',
        description: 'Budgetplan maken',
        permissions: { edit: false, complete: false },
      }),
    ];
    fixture.componentRef.setInput('id', 'c-2');
    await settle();
    http.expectOne('/api/cases/c-2/plan').flush({ ...readOnly, caseId: 'c-2' });
    http.expectOne('/api/cases/c-2').flush(supportCase);
    await settle();

    expect(button('Doel toevoegen')).toBeUndefined();
    expect(button('Doel wijzigen: Ik wil een woning zonder trap')).toBeUndefined();
    expect(button('Actie wijzigen: Wmo-melding doen')).toBeUndefined();
    expect(host.querySelector('#fix-heading')).toBeNull();
    const checkboxes = Array.from(host.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(checkboxes).toHaveLength(1);
    expect(text(checkboxes[0].closest('mat-checkbox'))).toBe('Wmo-melding doen');

    checkboxes[0].click();
    await settle();
    const sent = http.expectOne('/api/cases/c-2/plan/actions/a-1');
    expect(sent.request.body).toEqual({ version: 4, status: 'done' });
    sent.flush({ ...readOnly, caseId: 'c-2' });
    await settle();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('De actie is afgevinkt.');
  });
});
