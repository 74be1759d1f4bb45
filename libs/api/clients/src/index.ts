import { ClientEntity } from './lib/client.entity';

export { ClientsModule } from './lib/clients.module';
export { ClientEntity, CLIENT_SEARCH_NAME_INDEX } from './lib/client.entity';
export { toClientSummary, type ClientSummarySource } from './lib/client.mapper';
export { clientReadPredicate } from './lib/domain/client-access';
export { ClientSummaryDto } from './lib/dto/client-view.dto';

export const CLIENTS_ENTITIES = [ClientEntity];
