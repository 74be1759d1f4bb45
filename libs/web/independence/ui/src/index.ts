export { CaseIndependencePanelComponent } from './lib/case-independence-panel/case-independence-panel.component';
