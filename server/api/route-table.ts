import { docsPage } from './docs-page.ts';
import { openApiDocument } from './openapi-document.ts';
import type { AnyRoute } from './route-def.ts';
import { route } from './route-def.ts';
import { graphRoutes } from './routes/graph-routes.ts';
import { ingestRoutes } from './routes/ingest-routes.ts';
import { lookupRoutes } from './routes/lookup-routes.ts';
import { relationRoutes } from './routes/relation-routes.ts';
import { systemRoutes } from './routes/system-routes.ts';

const dataRoutes: AnyRoute[] = [...lookupRoutes, ...relationRoutes, ...graphRoutes, ...systemRoutes, ...ingestRoutes];

type DocPage = Pick<AnyRoute, 'id' | 'path' | 'summary' | 'responses' | 'returns' | 'produces'>;

/** A page about the API itself, made once from the route table. */
const docRoute = (page: DocPage, body: () => unknown): AnyRoute =>
  route({ ...page, method: 'get', tag: 'system', handle: () => Promise.resolve(body()) });

const docRoutes: AnyRoute[] = [
  docRoute(
    {
      id: 'openapi',
      path: '/api/openapi.json',
      summary: 'This OpenAPI 3.1 document',
      responses: { 200: 'the document' },
      returns: 'Object',
    },
    () => spec,
  ),
  docRoute(
    {
      id: 'docs',
      path: '/api/docs',
      summary: 'The OpenAPI document as a page',
      responses: { 200: 'an HTML page' },
      produces: 'text/html',
    },
    () => page,
  ),
];

/** Every route the app serves; the router and the OpenAPI document are both made from this list. */
export const routeTable: AnyRoute[] = [...dataRoutes, ...docRoutes];

const spec = openApiDocument(routeTable);
const page = docsPage(spec);
