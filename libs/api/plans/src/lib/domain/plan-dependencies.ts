/** Which goals each goal depends on, by id. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The cycle that giving `goalId` the prerequisites `dependsOn` would make, as a path that starts and
 * ends at `goalId` (A → B → C → A); null when there is none. A goal depending on itself is a cycle.
 */
export function findDependencyCycle(
  graph: DependencyGraph,
  goalId: string,
  dependsOn: readonly string[],
): string[] | null {
  const next = (id: string): readonly string[] => (id === goalId ? dependsOn : (graph.get(id) ?? []));
  const visited = new Set<string>();
  // Depth-first from the goal's new prerequisites; the path back to the goal is the cycle.
  const walk = (id: string, path: string[]): string[] | null => {
    if (id === goalId) return [...path, id];
    if (visited.has(id)) return null;
    visited.add(id);
    for (const target of next(id)) {
      const found = walk(target, [...path, id]);
      if (found) return found;
    }
    return null;
  };
  for (const target of dependsOn) {
    const found = walk(target, [goalId]);
    if (found) return found;
  }
  return null;
}
