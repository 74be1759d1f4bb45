/** Prints a scenario's figures as one block, so they can be quoted from the CI log. */
export function report(title: string, figures: Record<string, unknown>): void {
  const lines = Object.entries(figures).map(([k, v]) => `    ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  process.stdout.write(`\n  [figures] ${title}\n${lines.join('\n')}\n`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
