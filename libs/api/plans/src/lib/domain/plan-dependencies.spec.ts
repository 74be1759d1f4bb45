import { findDependencyCycle } from './plan-dependencies';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe(findDependencyCycle.name, () => {
  it('accepts a chain and a diamond', () => {
    expect(findDependencyCycle(graph({ b: ['c'], c: [] }), 'a', ['b'])).toBeNull();
    expect(findDependencyCycle(graph({ b: ['d'], c: ['d'], d: [] }), 'a', ['b', 'c'])).toBeNull();
  });

  it('refuses a goal that depends on itself', () => {
    expect(findDependencyCycle(graph({}), 'a', ['a'])).toEqual(['a', 'a']);
  });

  it('refuses a direct cycle', () => {
    expect(findDependencyCycle(graph({ b: ['a'] }), 'a', ['b'])).toEqual(['a', 'b', 'a']);
  });

  it('refuses a longer cycle and names every goal on it in order', () => {
    expect(findDependencyCycle(graph({ b: ['c'], c: ['a'] }), 'a', ['b'])).toEqual(['a', 'b', 'c', 'a']);
  });

  it('uses the new prerequisites of the goal, not its old ones', () => {
    // a used to depend on b; now it depends on nothing, so b may depend on a... from a's side that is fine.
    expect(findDependencyCycle(graph({ a: ['b'], b: [] }), 'a', [])).toBeNull();
    expect(findDependencyCycle(graph({ a: ['b'], c: ['a'] }), 'b', ['c'])).toEqual(['b', 'c', 'a', 'b']);
  });
});
