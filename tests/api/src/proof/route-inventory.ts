import type { INestApplication } from '@nestjs/common';
import type { TestClient } from '../support';

export interface RouteRef {
  method: string;
  /** OpenAPI form: `/api/cases/{id}`. */
  path: string;
}

export const routeKey = (route: RouteRef) => `${route.method.toUpperCase()} ${route.path}`;

/** The interactive documentation itself is not part of the API. */
const DOCUMENTATION = /^\/api\/docs(-json|-yaml)?(\/|$)/;

/** Every operation of the OpenAPI document the app serves. */
export async function documentedRoutes(client: TestClient): Promise<{ routes: RouteRef[]; document: OpenApiDocument }> {
  const response = await client.get('/api/docs-json');
  if (response.status !== 200) throw new Error(`GET /api/docs-json answered ${response.status}`);
  const document = response.body as OpenApiDocument;
  const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ method, path })),
  );
  return { routes, document };
}

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/**
 * Every route the HTTP server really answers, read from Express's router, so that a route left out of
 * the OpenAPI document (`@ApiExcludeEndpoint`) cannot slip past the matrix either.
 */
export function mountedRoutes(app: INestApplication): RouteRef[] {
  const server = app.getHttpAdapter().getInstance() as { router?: { stack: ExpressLayer[] } };
  const stack = server.router?.stack ?? [];
  return stack.flatMap((layer) => {
    const { route } = layer;
    if (!route) return [];
    const paths = Array.isArray(route.path) ? route.path : [route.path];
    return paths
      .filter((path) => !DOCUMENTATION.test(path))
      .flatMap((path) =>
        Object.entries(route.methods)
          .filter(([method, on]) => on && method !== '_all')
          .map(([method]) => ({ method, path: path.replace(/:([A-Za-z0-9_]+)/g, '{$1}') })),
      );
  });
}

/** The parts of an OpenAPI 3 document the proof suites read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface OpenApiOperation {
  parameters?: {
    name: string;
    in: 'path' | 'query' | 'header' | 'cookie';
    required?: boolean;
    schema?: SchemaObject;
  }[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, unknown>;
}

export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  example?: unknown;
  default?: unknown;
}
