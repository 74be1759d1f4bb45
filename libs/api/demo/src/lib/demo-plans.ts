import {
  DOMAIN_CODES,
  type ActionOwnerKind,
  type ActionStatus,
  type DomainCode,
  type GoalProgress,
  type GoalStatus,
  type PlanAgreementMethod,
  type PlanSnapshot,
  type Role,
  type UserRef,
} from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { DemoRandom } from './demo-random';
import { insertedId } from './inserted-id';

const DAY = 86_400_000;

/** Who does an action in a template; people are filled in per case. */
type TemplateOwner =
  | { kind: 'client' }
  | { kind: 'lead' }
  | { kind: 'volunteer' }
  | { kind: 'network'; name: string }
  | { kind: 'external'; name: (municipality: string) => string };

interface TemplateAction {
  description: string;
  owner: TemplateOwner;
  /** Days from today; negative is in the past. */
  dueIn: number | null;
  /** Done this many days ago (in the fixed version already). */
  doneDaysAgo?: number;
}

interface TemplateGoal {
  title: string;
  desiredOutcome: string | null;
  domains: DomainCode[];
  status: GoalStatus;
  /** Indexes of earlier goals of the same template. */
  dependsOn: number[];
  actions: TemplateAction[];
}

/** Integral plans as clients put them: debts before housing, care before going out, income before work. */
const TEMPLATES: TemplateGoal[][] = [
  [
    {
      title: 'Ik wil overzicht over mijn schulden en een regeling waar ik van kan rondkomen.',
      desiredOutcome: 'Alle schuldeisers op een rij en een aanvraag bij de schuldhulpverlening.',
      domains: ['inkomen'],
      status: 'in_progress',
      dependsOn: [],
      actions: [
        {
          description: 'Alle brieven van schuldeisers in één map verzamelen',
          owner: { kind: 'client' },
          dueIn: -20,
          doneDaysAgo: 18,
        },
        { description: 'Samen de aanvraag schuldhulpverlening invullen', owner: { kind: 'lead' }, dueIn: 6 },
        {
          description: 'Intakegesprek schuldhulpverlening inplannen',
          owner: { kind: 'external', name: (m) => `Gemeente ${m}, Team Schuldhulp` },
          dueIn: -4,
        },
        { description: 'Meegaan naar het intakegesprek bij de schuldhulp', owner: { kind: 'volunteer' }, dueIn: 12 },
      ],
    },
    {
      title: 'Ik wil in mijn huis kunnen blijven wonen met de kinderen.',
      desiredOutcome: 'Een betalingsregeling voor de huurachterstand, zodat ontruiming van tafel is.',
      domains: ['wonen', 'inkomen'],
      status: 'open',
      dependsOn: [0],
      actions: [
        {
          description: 'Betalingsregeling voor de huurachterstand voorstellen',
          owner: { kind: 'external', name: () => 'Woningcorporatie, afdeling Incasso' },
          dueIn: 25,
        },
        { description: 'Huurtoeslag over dit jaar nakijken', owner: { kind: 'lead' }, dueIn: 10 },
      ],
    },
    {
      title: 'Ik wil weer rustig kunnen slapen.',
      desiredOutcome: null,
      domains: ['zorg', 'welzijn'],
      status: 'open',
      dependsOn: [],
      actions: [
        { description: 'Afspraak maken met de huisarts over de slaapproblemen', owner: { kind: 'client' }, dueIn: 3 },
        {
          description: 'Eén avond per week op de kinderen passen',
          owner: { kind: 'network', name: 'Zus Samira' },
          dueIn: null,
        },
      ],
    },
  ],
  [
    {
      title: 'Ik wil hulp in het huishouden, want ik kan niet meer goed bukken.',
      desiredOutcome: 'Huishoudelijke hulp via de Wmo, twee uur per week.',
      domains: ['zorg', 'maatschappelijke_ondersteuning'],
      status: 'in_progress',
      dependsOn: [],
      actions: [
        {
          description: 'Het keukentafelgesprek samen voorbereiden',
          owner: { kind: 'lead' },
          dueIn: -12,
          doneDaysAgo: 11,
        },
        {
          description: 'Melding huishoudelijke hulp in behandeling nemen en gesprek plannen',
          owner: { kind: 'external', name: (m) => `Gemeente ${m}, Wmo-loket` },
          dueIn: -2,
        },
        { description: 'Meegaan naar het keukentafelgesprek', owner: { kind: 'volunteer' }, dueIn: 9 },
      ],
    },
    {
      title: 'Ik wil zelfstandig thuis blijven wonen en veilig kunnen douchen.',
      desiredOutcome: 'Een aangepaste badkamer of een douchestoel.',
      domains: ['wonen', 'zorg'],
      status: 'open',
      dependsOn: [0],
      actions: [
        {
          description: 'Ergotherapeut laten kijken welke aanpassing nodig is',
          owner: { kind: 'external', name: (m) => `Gemeente ${m}, Wmo-loket` },
          dueIn: 30,
        },
      ],
    },
    {
      title: 'Ik wil mensen in de buurt leren kennen.',
      desiredOutcome: null,
      domains: ['welzijn'],
      status: 'open',
      dependsOn: [],
      actions: [
        {
          description: 'Samen naar de koffieochtend in het buurthuis',
          owner: { kind: 'network', name: 'Buurvrouw Els' },
          dueIn: 7,
        },
        { description: 'Folder van de buurtactiviteiten meenemen', owner: { kind: 'volunteer' }, dueIn: 5 },
      ],
    },
  ],
  [
    {
      title: 'Ik wil dat mijn inkomen goed geregeld is.',
      desiredOutcome: 'Bijstand aangevraagd en de eerste betaling ontvangen.',
      domains: ['inkomen'],
      status: 'in_progress',
      dependsOn: [],
      actions: [
        { description: 'Bankafschriften van drie maanden opzoeken', owner: { kind: 'client' }, dueIn: -6 },
        {
          description: 'Aanvraag levensonderhoud beoordelen',
          owner: { kind: 'external', name: (m) => `Gemeente ${m}, Werk en Inkomen` },
          dueIn: 20,
        },
      ],
    },
    {
      title: 'Ik wil weer aan het werk, het liefst in de zorg.',
      desiredOutcome: 'Een werkervaringsplek en daarna een opleiding tot helpende zorg.',
      domains: ['werk', 'onderwijs'],
      status: 'open',
      dependsOn: [0],
      actions: [
        { description: 'Samen een cv maken', owner: { kind: 'volunteer' }, dueIn: 14 },
        { description: 'Gesprek met de werkcoach regelen', owner: { kind: 'lead' }, dueIn: 21 },
      ],
    },
    {
      title: 'Ik wil dat mijn zoon op school de hulp krijgt die hij nodig heeft.',
      desiredOutcome: null,
      domains: ['jeugdhulp', 'onderwijs'],
      status: 'open',
      dependsOn: [],
      actions: [
        {
          description: 'Gesprek met de intern begeleider over extra ondersteuning',
          owner: { kind: 'external', name: () => 'Basisschool De Regenboog' },
          dueIn: 10,
        },
      ],
    },
  ],
];

interface PlanCase {
  id: string;
  organisation_id: string;
  lead_supporter_id: string;
  status: 'intake' | 'actief' | 'afgesloten';
  registered_on: string;
  municipality_name: string;
  volunteer_ids: string[];
}

/** The id a single-row INSERT ... RETURNING id gave. */
const isoDay = (today: Date, days: number) => new Date(today.getTime() + days * DAY).toISOString().slice(0, 10);

/**
 * A good share of the demo cases gets an integral plan: goals in the client's words across several
 * domains, a dependency, actions for the client, the supporter, the linked volunteer and external
 * parties (some overdue), and for some plans a fixed version and an evaluation. Every volunteer with
 * linked cases gets at least one open action.
 */
export async function seedDemoPlans(manager: EntityManager, today = new Date()): Promise<{ plans: number }> {
  const random = new DemoRandom(20_261_129);
  const users = new Map(
    (
      await manager.query<{ id: string; display_name: string; role: Role }[]>(
        'SELECT id, display_name, role FROM users',
      )
    ).map((u): [string, UserRef] => [u.id, { id: u.id, displayName: u.display_name, role: u.role }]),
  );
  const cases = await manager.query<PlanCase[]>(
    `SELECT k.id, k.organisation_id, k.lead_supporter_id, k.status, to_char(k.registered_on, 'YYYY-MM-DD') AS registered_on,
            c.municipality_name,
            COALESCE((SELECT array_agg(cv.user_id ORDER BY cv.user_id) FROM case_volunteers cv WHERE cv.case_id = k.id), '{}') AS volunteer_ids
       FROM cases k JOIN clients c ON c.id = k.client_id
      WHERE k.status IN ('intake', 'actief', 'afgesloten')
      ORDER BY k.created_at, k.id`,
  );
  const volunteersServed = new Set<string>();
  let plans = 0;
  for (const supportCase of cases) {
    const volunteer = supportCase.volunteer_ids[0] ?? null;
    // Each volunteer's first linked case always gets a plan, so they have an action to tick off.
    const mustHave = volunteer !== null && supportCase.status !== 'afgesloten' && !volunteersServed.has(volunteer);
    const share = supportCase.status === 'actief' ? 0.6 : supportCase.status === 'intake' ? 0.3 : 0.15;
    if (!mustHave && !random.chance(share)) continue;
    if (volunteer && supportCase.status !== 'afgesloten') volunteersServed.add(volunteer);
    await seedPlan(manager, random, supportCase, volunteer, users, today);
    plans++;
  }
  return { plans };
}

async function seedPlan(
  manager: EntityManager,
  random: DemoRandom,
  supportCase: PlanCase,
  volunteer: string | null,
  users: Map<string, UserRef>,
  today: Date,
): Promise<void> {
  const template = random.pick(TEMPLATES);
  const organisationId = supportCase.organisation_id;
  const lead = supportCase.lead_supporter_id;
  // A fixed plan was agreed some weeks ago; never before the case was registered.
  const ageDays = Math.max(
    1,
    Math.min(random.int(20, 70), Math.floor((today.getTime() - Date.parse(supportCase.registered_on)) / DAY)),
  );
  const fixed = supportCase.status !== 'intake' && random.chance(0.6);
  const agreedOn = fixed ? isoDay(today, -ageDays) : null;
  const agreementMethod: PlanAgreementMethod | null = fixed
    ? random.pick(['signed', 'signed', 'verbal', 'representative'] as const)
    : null;
  const closed = supportCase.status === 'afgesloten';
  const evaluated = fixed && !closed && random.chance(0.5);
  // Some evaluations are due already; an evaluated plan looks ahead.
  const nextEvaluationOn = isoDay(today, evaluated ? random.int(20, 80) : random.int(-5, 60));
  const planId = insertedId(
    await manager.query<{ id: string }[]>(
      `INSERT INTO plans (organisation_id, case_id, agreed_on, agreement_method, next_evaluation_on, created_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [
        organisationId,
        supportCase.id,
        agreedOn,
        agreementMethod,
        nextEvaluationOn,
        lead,
        new Date(today.getTime() - (ageDays + 3) * DAY),
      ],
    ),
    'plan',
  );
  const snapshot: PlanSnapshot = { agreedOn, agreementMethod, nextEvaluationOn, goals: [], actions: [] };
  const goalIds: string[] = [];

  for (const [position, goal] of template.entries()) {
    const status: GoalStatus = closed ? 'achieved' : goal.status;
    const goalId = insertedId(
      await manager.query<{ id: string }[]>(
        `INSERT INTO plan_goals (organisation_id, plan_id, position, title, desired_outcome, status)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [organisationId, planId, position + 1, goal.title, goal.desiredOutcome, status],
      ),
      'goal',
    );
    goalIds.push(goalId);
    for (const domain of goal.domains)
      await manager.query('INSERT INTO plan_goal_domains (goal_id, domain_code, organisation_id) VALUES ($1, $2, $3)', [
        goalId,
        domain,
        organisationId,
      ]);
    const dependsOn = goal.dependsOn.map((i) => goalIds[i]).filter((id): id is string => !!id);
    for (const prerequisite of dependsOn)
      await manager.query(
        'INSERT INTO plan_goal_dependencies (goal_id, depends_on_id, organisation_id) VALUES ($1, $2, $3)',
        [goalId, prerequisite, organisationId],
      );
    snapshot.goals.push({
      id: goalId,
      position: position + 1,
      title: goal.title,
      desiredOutcome: goal.desiredOutcome,
      // In the domains' own order, as the plan shows them.
      domains: [...goal.domains].sort((a, b) => DOMAIN_CODES.indexOf(a) - DOMAIN_CODES.indexOf(b)),
      status,
      stoppedReason: null,
      dependsOn,
    });

    for (const action of goal.actions) {
      const owner = ownerOf(action.owner, lead, volunteer, supportCase.municipality_name);
      const done = closed || action.doneDaysAgo !== undefined;
      const status: ActionStatus = done ? 'done' : 'open';
      const dueOn = action.dueIn === null ? null : isoDay(today, closed ? action.dueIn - 120 : action.dueIn);
      const doneOn = done ? isoDay(today, -(action.doneDaysAgo ?? random.int(10, 100))) : null;
      const actionId = insertedId(
        await manager.query<{ id: string }[]>(
          `INSERT INTO plan_actions (organisation_id, plan_id, goal_id, description, owner_kind, owner_user_id, owner_name, due_on, status, done_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            organisationId,
            planId,
            goalId,
            action.description,
            owner.kind,
            owner.userId,
            owner.name,
            dueOn,
            status,
            doneOn,
          ],
        ),
        'action',
      );
      snapshot.actions.push({
        id: actionId,
        goalId,
        description: action.description,
        owner: { kind: owner.kind, user: owner.userId ? (users.get(owner.userId) ?? null) : null, name: owner.name },
        dueOn,
        status,
        doneOn,
      });
    }
  }

  if (!fixed) return;
  await manager.query(
    `INSERT INTO plan_versions (organisation_id, plan_id, number, snapshot, note, fixed_by_id, fixed_at)
     VALUES ($1, $2, 1, $3, $4, $5, $6)`,
    [
      organisationId,
      planId,
      JSON.stringify(snapshot),
      'Samen met de cliënt opgesteld.',
      lead,
      new Date(`${agreedOn}T14:00:00Z`),
    ],
  );
  // Some plans were evaluated since: progress per goal, and the plan has moved on from version 1.
  if (evaluated) {
    const evaluatedOn = isoDay(today, -random.int(1, Math.max(1, ageDays - 1)));
    const progress: GoalProgress[] = ['progress', 'no_change', 'progress'];
    await manager.query(
      `INSERT INTO plan_evaluations (organisation_id, plan_id, evaluated_on, summary, goals, next_evaluation_on, evaluated_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        organisationId,
        planId,
        evaluatedOn,
        'Samen teruggekeken: de schuldhulp loopt, de rest wacht daarop.',
        JSON.stringify(
          snapshot.goals.map((g, i) => ({
            goalId: g.id,
            goalTitle: g.title,
            progress: progress[i % progress.length],
            note: i === 0 ? 'Eerste stappen gezet.' : null,
          })),
        ),
        nextEvaluationOn,
        lead,
        new Date(`${evaluatedOn}T15:00:00Z`),
      ],
    );
    await manager.query(
      `UPDATE plan_goals SET status = 'in_progress', version = version + 1 WHERE plan_id = $1 AND position = 2`,
      [planId],
    );
    await manager.query('UPDATE plans SET version = version + 2 WHERE id = $1', [planId]);
  }
}

function ownerOf(
  owner: TemplateOwner,
  lead: string,
  volunteer: string | null,
  municipality: string,
): { kind: ActionOwnerKind; userId: string | null; name: string | null } {
  switch (owner.kind) {
    case 'client':
      return { kind: 'client', userId: null, name: null };
    case 'lead':
      return { kind: 'supporter', userId: lead, name: null };
    case 'volunteer':
      // Without a linked volunteer the supporter goes along.
      return volunteer
        ? { kind: 'volunteer', userId: volunteer, name: null }
        : { kind: 'supporter', userId: lead, name: null };
    case 'network':
      return { kind: 'network', userId: null, name: owner.name };
    case 'external':
      return { kind: 'external', userId: null, name: owner.name(municipality) };
  }
}
