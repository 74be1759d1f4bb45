/** The id an `INSERT … RETURNING id` gave back; a missing row is a broken seed, not data to skip. */
export function insertedId(rows: { id: string }[], what: string): string {
  const [row] = rows;
  if (!row) throw new Error(`Demo ${what} insert returned no row`);
  return row.id;
}
