/** Quarters `from` to `to` (1–4) of `year` as the report's first and last day. */
export function quarterBounds(year: number, from: number, to: number): { from: string; to: string } {
  const lastMonth = to * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(from * 3 - 2)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}
