import { DOMAINS, type ActionOwner, type GoalStatus, type PlanView } from '@naast/contracts';

/** Formats an ISO date for the client, e.g. "3 december 2026". */
export type DateWriter = (isoDate: string) => string;

export interface SummaryLine {
  text: string;
  detail: string | null;
}

/** The client's plan in plain words (B1): what the printed "Mijn ondersteuningsplan" says. */
export interface ClientPlanSummary {
  intro: string[];
  domains: { label: string; goals: SummaryLine[] }[];
  todo: SummaryLine[];
  done: SummaryLine[];
  nextEvaluation: string;
  contact: { label: string; value: string }[];
}

const GOAL_STATUS_WORDS: Record<GoalStatus, string> = {
  open: 'Hier beginnen we nog mee.',
  in_progress: 'Hier werken we aan.',
  achieved: 'Dit is gelukt.',
  stopped: 'Hiermee zijn we gestopt.',
};

const AGREEMENT_WORDS = {
  signed: 'Ik heb het plan ondertekend',
  verbal: 'Ik heb gezegd dat ik het eens ben met het plan',
  representative: 'Mijn vertegenwoordiger heeft het plan goedgekeurd',
} as const;

/** Who does it, as the client says it: "Ik", "Mijn cliëntondersteuner Sanne", "Vrijwilliger Henk", the party's name. */
export function ownerInWords(owner: ActionOwner, leadSupporterId: string): string {
  switch (owner.kind) {
    case 'client':
      return 'Ik';
    case 'supporter':
      return owner.user?.id === leadSupporterId
        ? `Mijn cliëntondersteuner ${owner.user.displayName}`
        : `Cliëntondersteuner ${owner.user?.displayName ?? ''}`.trim();
    case 'volunteer':
      return `Vrijwilliger ${owner.user?.displayName ?? ''}`.trim();
    case 'network':
    case 'external':
      return owner.name ?? 'Iemand anders';
  }
}

export function summariseClientPlan(
  plan: PlanView,
  clientName: string,
  today: string,
  writeDate: DateWriter,
): ClientPlanSummary {
  const intro = [`Dit is het plan van ${clientName}.`, `Gemaakt op ${writeDate(today)}.`];
  if (plan.agreedOn && plan.agreementMethod)
    intro.push(`${AGREEMENT_WORDS[plan.agreementMethod]} op ${writeDate(plan.agreedOn)}.`);

  const titles = new Map(plan.goals.map((g) => [g.id, g.title]));
  const domains = DOMAINS.map((domain) => ({
    label: domain.nl,
    goals: plan.goals
      .filter((goal) => goal.domains.includes(domain.code))
      .map((goal): SummaryLine => {
        const detail = [GOAL_STATUS_WORDS[goal.status]];
        if (goal.status === 'stopped' && goal.stoppedReason) detail.push(`Waarom: ${goal.stoppedReason}`);
        if (goal.desiredOutcome) detail.push(`Wat ik wil bereiken: ${goal.desiredOutcome}`);
        const first = goal.dependsOn.map((id) => titles.get(id)).filter((t): t is string => !!t);
        if (first.length > 0) detail.push(`Eerst moet dit lukken: ${first.join('; ')}`);
        return { text: goal.title, detail: detail.join('\n') };
      }),
  })).filter((d) => d.goals.length > 0);

  const lead = plan.contact.supporter.id;
  const active = plan.goals.filter((g) => g.status !== 'stopped');
  const actions = active.flatMap((g) => g.actions);
  const todo = actions
    .filter((a) => a.status === 'open')
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))
    .map(
      (a): SummaryLine => ({
        text: `${ownerInWords(a.owner, lead)}: ${a.description}`,
        detail: a.dueOn
          ? a.overdue
            ? `Dit moest klaar zijn op ${writeDate(a.dueOn)}.`
            : `Klaar vóór ${writeDate(a.dueOn)}.`
          : null,
      }),
    );
  const done = actions
    .filter((a) => a.status === 'done')
    .map(
      (a): SummaryLine => ({
        text: `${ownerInWords(a.owner, lead)}: ${a.description}`,
        detail: a.doneOn ? `Gedaan op ${writeDate(a.doneOn)}.` : null,
      }),
    );

  const nextEvaluation = plan.nextEvaluationOn
    ? `Op ${writeDate(plan.nextEvaluationOn)} kijken we samen hoe het gaat.`
    : 'We spreken nog af wanneer we samen kijken hoe het gaat.';

  const { organisation, supporter } = plan.contact;
  const contact = [
    { label: 'Mijn cliëntondersteuner', value: supporter.displayName },
    { label: 'Organisatie', value: organisation.name },
  ];
  if (organisation.phone) contact.push({ label: 'Telefoon', value: organisation.phone });
  if (organisation.email) contact.push({ label: 'E-mail', value: organisation.email });
  return { intro, domains, todo, done, nextEvaluation, contact };
}
