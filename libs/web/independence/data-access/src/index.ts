export { IndependenceApiService, roleCardPdfUrl } from './lib/independence-api.service';
export { CaseIndependenceStore } from './lib/case-independence.store';
