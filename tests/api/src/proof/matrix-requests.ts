import type { ScopedObjects } from '../fixtures/scoped-objects';
import { present } from '../support';
import type { RouteRule } from './authorization-matrix';

type Ided = { id: string } | undefined;

/** The names of a path's `{...}` parameters, in order. */
function paramNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].flatMap(([, name]) => (name ? [name] : []));
}

/** The object kind a path parameter names: `{id}` is the target, `{caseId}` a case, `{number}` a plan version. */
function kindOf(rule: RouteRule, name: string): string | undefined {
  if (name === 'id') return rule.target;
  return name.replace(/Id$/, '');
}

/**
 * The path parameters of a matrix route for the scope's objects: `{id}` is the target's id,
 * `{<kind>Id}` that object's id (`{caseId}` under a visit: the visit's case), `{number}` the fixed plan version.
 */
export function pathParamsFor(rule: RouteRule, scoped: ScopedObjects): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of paramNames(rule.path)) {
    const kind = kindOf(rule, name);
    const id =
      name === 'number'
        ? String(scoped.planVersionNumber ?? 1)
        : kind === 'case' && rule.target === 'visit'
          ? scoped.visit?.caseId
          : (scoped as unknown as Record<string, Ided>)[kind ?? '']?.id;
    if (!id) throw new Error(`no object for {${name}} in ${rule.path}`);
    params[name] = id;
  }
  return params;
}

/** The path parameter that carries the target's id (a plan is reached through its case). */
function targetParam(rule: RouteRule): string | undefined {
  const names = paramNames(rule.path);
  if (rule.target === 'plan') return names.find((name) => name === 'caseId');
  return names.find((name) => kindOf(rule, name) === rule.target);
}

/** The route's path for the scope's objects; `overrideId` replaces the target's id (a missing object). */
export function resolvePath(rule: RouteRule, scoped: ScopedObjects, overrideId?: string): string {
  const params = pathParamsFor(rule, scoped);
  const replaced = overrideId ? targetParam(rule) : undefined;
  return rule.path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) =>
    name === replaced && overrideId ? overrideId : present(params[name], `an id for {${name}} in ${rule.path}`),
  );
}
