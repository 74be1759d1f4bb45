import type { PlanActionView, PlanGoalView, PlanView } from '@naast/contracts';
import { ownerInWords, summariseClientPlan } from './client-plan-summary';

const sanne = { id: 'sanne', displayName: 'Sanne de Vries', role: 'supporter' as const };
const henk = { id: 'henk', displayName: 'Henk Jansen', role: 'volunteer' as const };
const writeDate = (iso: string) => `«${iso}»`;

function action(overrides: Partial<PlanActionView>): PlanActionView {
  return {
    id: 'a',
    goalId: 'debts',
    description: 'Iets doen',
    owner: { kind: 'client', user: null, name: null },
    dueOn: null,
    status: 'open',
    doneOn: null,
    overdue: false,
    permissions: { edit: true, complete: true },
    version: 1,
    updatedAt: '2026-11-29T10:00:00.000Z',
    ...overrides,
  };
}

function goal(overrides: Partial<PlanGoalView>): PlanGoalView {
  return {
    id: 'g',
    position: 1,
    title: 'Doel',
    desiredOutcome: null,
    domains: ['zorg'],
    status: 'open',
    stoppedReason: null,
    dependsOn: [],
    actions: [],
    version: 1,
    updatedAt: '2026-11-29T10:00:00.000Z',
    ...overrides,
  };
}

const plan: PlanView = {
  id: 'p',
  caseId: 'c',
  agreedOn: '2026-11-20',
  agreementMethod: 'signed',
  nextEvaluationOn: '2027-02-01',
  goals: [
    goal({
      id: 'debts',
      title: 'Ik wil van mijn schulden af.',
      domains: ['inkomen'],
      status: 'in_progress',
      actions: [
        action({ id: 'a1', description: 'Brieven verzamelen', dueOn: '2026-12-01' }),
        action({
          id: 'a2',
          description: 'Aanvraag schuldhulp indienen',
          owner: { kind: 'external', user: null, name: 'Gemeente Utrecht, Wmo-loket' },
          dueOn: '2026-11-01',
          overdue: true,
        }),
        action({ id: 'a3', description: 'Budget maken', status: 'done', doneOn: '2026-11-10' }),
      ],
    }),
    goal({
      id: 'home',
      title: 'Ik wil een eigen huis.',
      domains: ['wonen', 'inkomen'],
      dependsOn: ['debts'],
      actions: [
        action({
          id: 'a4',
          description: 'Inschrijven bij WoningNet',
          owner: { kind: 'volunteer', user: henk, name: null },
        }),
      ],
    }),
    goal({
      id: 'stopped',
      title: 'Ik wil gaan sporten.',
      domains: ['welzijn'],
      status: 'stopped',
      stoppedReason: 'Eerst rust.',
      actions: [action({ id: 'a5', description: 'Sportschool bellen' })],
    }),
  ],
  evaluations: [],
  versions: [],
  changedSinceLastVersion: false,
  permissions: { edit: true, fix: true, evaluate: true },
  contact: {
    supporter: sanne,
    organisation: { name: 'Cliëntondersteuning Utrecht', phone: '030 000 00 00', email: null },
  },
  version: 3,
  updatedAt: '2026-11-29T10:00:00.000Z',
};

describe(summariseClientPlan.name, () => {
  const summary = summariseClientPlan(plan, 'Jan de Vries', '2026-11-29', writeDate);

  it('shows a goal that spans several domains under each of them, in the domains’ order', () => {
    expect(summary.domains.map((d) => [d.label, d.goals.map((g) => g.text)])).toEqual([
      ['Wonen', ['Ik wil een eigen huis.']],
      ['Inkomen', ['Ik wil van mijn schulden af.', 'Ik wil een eigen huis.']],
      ['Welzijn', ['Ik wil gaan sporten.']],
    ]);
  });

  it('says which goal must come first, and why a goal was stopped', () => {
    const home = summary.domains[0]?.goals[0];
    expect(home?.detail).toContain('Eerst moet dit lukken: Ik wil van mijn schulden af.');
    expect(summary.domains[2]?.goals[0]?.detail).toBe('Hiermee zijn we gestopt.\nWaarom: Eerst rust.');
  });

  it('lists who does what by when in plain words, earliest first, without actions of stopped goals', () => {
    expect(summary.todo).toEqual([
      {
        text: 'Gemeente Utrecht, Wmo-loket: Aanvraag schuldhulp indienen',
        detail: 'Dit moest klaar zijn op «2026-11-01».',
      },
      { text: 'Ik: Brieven verzamelen', detail: 'Klaar vóór «2026-12-01».' },
      { text: 'Vrijwilliger Henk Jansen: Inschrijven bij WoningNet', detail: null },
    ]);
    expect(summary.done).toEqual([{ text: 'Ik: Budget maken', detail: 'Gedaan op «2026-11-10».' }]);
  });

  it('gives the next evaluation, the agreement and only the contact data that exists', () => {
    expect(summary.nextEvaluation).toBe('Op «2027-02-01» kijken we samen hoe het gaat.');
    expect(summary.intro).toContain('Ik heb het plan ondertekend op «2026-11-20».');
    expect(summary.contact).toEqual([
      { label: 'Mijn cliëntondersteuner', value: 'Sanne de Vries' },
      { label: 'Organisatie', value: 'Cliëntondersteuning Utrecht' },
      { label: 'Telefoon', value: '030 000 00 00' },
    ]);
  });

  it('names the lead supporter as “my” supporter and a colleague without “my”', () => {
    expect(ownerInWords({ kind: 'supporter', user: sanne, name: null }, 'sanne')).toBe(
      'Mijn cliëntondersteuner Sanne de Vries',
    );
    expect(ownerInWords({ kind: 'supporter', user: sanne, name: null }, 'someone-else')).toBe(
      'Cliëntondersteuner Sanne de Vries',
    );
  });
});
