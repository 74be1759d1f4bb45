export * from './lib/acknowledge-report/acknowledge-report.component';
export * from './lib/case-timeline/case-timeline';
export * from './lib/case-timeline/case-timeline.component';
export * from './lib/reassign-case/reassign-case.component';
export {
  WORKSPACE_UI_MESSAGES,
  domainName,
  formatUiDate,
  modeName,
  statusName,
  type UiLanguage,
  type WorkspaceUiMessages,
} from './lib/workspace-ui.messages';
