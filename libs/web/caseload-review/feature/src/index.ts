export { caseloadReviewRoutes } from './lib/caseload-review.routes';
