import { ClientEntity } from './lib/client.entity';

export { ClientsModule } from './lib/clients.module';
export { ClientEntity, CLIENT_SEARCH_NAME_INDEX } from './lib/client.entity';
export { toClientSummary, type ClientSummarySource } from './lib/client.mapper';
export { clientReadPredicate } from './lib/domain/client-access';
export { ClientSummaryDto, UserRefDto } from './lib/dto/client-view.dto';
export { decodeCursor, encodeCursor, type CursorValue } from './lib/pagination/keyset-cursor';
export {
  PageQueryDto,
  toBoolean,
  toInteger,
  toSearchText,
  toStringArray,
  trimString,
} from './lib/pagination/query-params';
export { findUserRefs } from './lib/people/user-refs';
export { IsIsoDate, isIsoDate, isoDateOf, todayIsoDate } from './lib/validation/date-only';
export { IsOptionalNonNull } from './lib/validation/optional';
export { uuidParam } from './lib/validation/uuid-param';

export const CLIENTS_ENTITIES = [ClientEntity];
