import { SearchablePageQueryDto } from '@naast/api-core';

/** Client search paging; the search text itself comes in the search header (see SearchText). */
export class ClientSearchQueryDto extends SearchablePageQueryDto {}
