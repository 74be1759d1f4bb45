export * from './lib/visit-form/visit-form.component';
export * from './lib/visit-timeline/visit-timeline.component';
export { VISITS_UI_MESSAGES, type UiLanguage } from './lib/visits-ui.messages';
