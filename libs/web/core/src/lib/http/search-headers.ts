import { HttpHeaders } from '@angular/common/http';
import { SEARCH_HEADER, encodeSearchHeader } from '@naast/contracts';

/** Headers carrying a search text, which never goes in the URL (see SEARCH_HEADER); none when blank. */
export function searchHeaders(text: string | undefined): HttpHeaders {
  const trimmed = text?.trim();
  return trimmed ? new HttpHeaders({ [SEARCH_HEADER]: encodeSearchHeader(trimmed) }) : new HttpHeaders();
}
