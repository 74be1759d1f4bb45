export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** A keyset page: pass `nextCursor` back as `cursor` to get the next page; null when this is the last. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
