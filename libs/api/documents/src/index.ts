export { ClientDocument, type ClientDocumentOptions } from './lib/client-document';
export { formatDutchDate } from './lib/dutch-dates';
