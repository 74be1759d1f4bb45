import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  DOMAINS,
  GOAL_STATUS_LABELS,
  PLAN_AGREEMENT_METHOD_LABELS,
  type DomainCode,
  type PlanActionView,
  type PlanGoalView,
} from '@naast/contracts';
import { CaseDetailStore } from '@naast/web-cases-data-access';
import { CORE_MESSAGES, I18n, describeApiError, localIsoDate, planUrl } from '@naast/web-core';
import { PlanStore, planPdfUrl } from '@naast/web-plans-data-access';
import { domainLabel } from '@naast/web-plans-ui';
import { PLANS_MESSAGES } from '../plans.messages';

interface PrintAction {
  id: string;
  who: string;
  what: string;
  before: string | null;
  done: boolean;
}

interface PrintGoal {
  id: string;
  title: string;
  outcome: string | null;
  status: string;
  alsoAbout: string[];
  first: string[];
  actions: PrintAction[];
}

/**
 * The plan for the client, in plain Dutch (B1): my goals per domain, who does what by when, the
 * next talk and how to reach my supporter. Made for paper: no navigation, print styles, and a
 * large-print version (`?groot=1`) on screen, on paper and as PDF.
 */
@Component({
  selector: 'naast-plan-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  providers: [PlanStore, CaseDetailStore],
  templateUrl: './plan-print.component.html',
  styleUrl: './plan-print.component.scss',
  host: { '[class.large]': 'largePrint()' },
})
export class PlanPrintComponent {
  private readonly store = inject(PlanStore);
  private readonly caseStore = inject(CaseDetailStore);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);

  /** Route parameter. */
  readonly id = input.required<string>();
  /** Query parameter: `groot=1` asks for large print. */
  readonly groot = input<string | undefined>();

  protected readonly text = this.i18n.messages(PLANS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly plan = this.store.plan;
  protected readonly largePrint = computed(() => this.groot() === '1' || this.groot() === 'true');
  protected readonly planLink = computed(() => planUrl(this.id()));
  protected readonly pdfLink = computed(() => planPdfUrl(this.id(), this.largePrint()));
  protected readonly clientName = computed(() => this.caseStore.supportCase()?.client.displayName ?? null);
  protected readonly today = computed(() => this.i18n.formatDate(localIsoDate(new Date()), 'longDate'));
  protected readonly loadState = computed(() => {
    const error = this.store.loadError();
    return error ? describeApiError(error, this.coreText().errors) : this.coreText().loading;
  });

  /** Each goal once, under its first domain, so the client reads it once; other domains are named. */
  protected readonly domains = computed(() => {
    const plan = this.plan();
    if (!plan) {
      return [];
    }
    const goals = [...plan.goals].sort((a, b) => a.position - b.position);
    const titles = new Map(goals.map((goal) => [goal.id, goal.title]));
    const firstDomain = (goal: PlanGoalView): DomainCode | undefined =>
      [...DOMAINS].sort((a, b) => a.position - b.position).find((d) => goal.domains.includes(d.code))?.code;
    return [...DOMAINS]
      .sort((a, b) => a.position - b.position)
      .map((domain) => ({
        code: domain.code,
        name: domainLabel(domain.code, this.i18n.language()),
        goals: goals
          .filter((goal) => firstDomain(goal) === domain.code)
          .map(
            (goal): PrintGoal => ({
              id: goal.id,
              title: goal.title,
              outcome: goal.desiredOutcome,
              status: this.i18n.label(GOAL_STATUS_LABELS[goal.status]),
              alsoAbout: goal.domains
                .filter((code) => code !== domain.code)
                .map((code) => domainLabel(code, this.i18n.language())),
              first: goal.dependsOn.map((id) => titles.get(id) ?? '').filter((title) => title !== ''),
              actions: goal.actions
                .filter((action) => action.status !== 'cancelled')
                .map((action) => this.printAction(action)),
            }),
          ),
      }))
      .filter((domain) => domain.goals.length > 0);
  });

  protected readonly nextTalk = computed(() => {
    const next = this.plan()?.nextEvaluationOn;
    const t = this.text().print;
    return next ? t.nextTalkOn(this.i18n.formatDate(next, 'longDate')) : t.nextTalkUnknown;
  });

  protected readonly agreement = computed(() => {
    const plan = this.plan();
    if (!plan?.agreedOn) {
      return null;
    }
    const how = plan.agreementMethod ? this.i18n.label(PLAN_AGREEMENT_METHOD_LABELS[plan.agreementMethod]) : '';
    return this.text()
      .print.agreed(this.i18n.formatDate(plan.agreedOn, 'longDate'), how.toLowerCase())
      .replace(' ()', '');
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.store.load(id);
        void this.caseStore.load(id);
      });
    });
  }

  /** Large print stays in the address, so a reload or a shared link keeps it. */
  protected toggleLargePrint(): void {
    void this.router.navigate([], { queryParams: { groot: this.largePrint() ? null : '1' }, replaceUrl: true });
  }

  protected printPage(): void {
    this.document.defaultView?.print();
  }

  private printAction(action: PlanActionView): PrintAction {
    const t = this.text().print;
    const owner = action.owner;
    const name = owner.user?.displayName ?? owner.name ?? '';
    let who: string;
    switch (owner.kind) {
      case 'client':
        who = t.me;
        break;
      case 'supporter':
        who = t.mySupporter(name);
        break;
      case 'volunteer':
        who = t.volunteer(name);
        break;
      case 'network':
        who = name || t.someone;
        break;
      case 'external':
        who = name;
        break;
    }
    return {
      id: action.id,
      who: who.trim(),
      what: action.description,
      before: action.dueOn ? t.before(this.i18n.formatDate(action.dueOn, 'longDate')) : null,
      done: action.status === 'done',
    };
  }
}
