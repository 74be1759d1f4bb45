export * from './lib/plan-diff/plan-diff';
export * from './lib/plan-diff/plan-diff.component';
export * from './lib/plan-overview/plan-overview';
export * from './lib/plan-overview/plan-overview.component';
export {
  PLANS_UI_MESSAGES,
  domainLabel,
  formatPlanDate,
  ownerLabel,
  type PlansUiMessages,
  type UiLanguage,
} from './lib/plans-ui.messages';
