import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { UseCaseContext } from '../app/context.ts'
import type { StageSubject } from '../core/funnel/index.ts'
import type { Page } from '../core/shared/index.ts'
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { subjectStageRoutes } from './subject-stage.routes.ts'

type Query = z.infer<typeof PageQuery> & Record<string, unknown>

/** One kind of record the API serves the same way: create, list, get, update, stage changes. */
export type RecordRoutesSpec<Row, Create extends z.ZodType, Update extends z.ZodType> = {
  readonly type: StageSubject['type']
  readonly path: string
  readonly tag: string
  readonly noun: string
  readonly schemas: {
    readonly create: Create
    readonly update: Update
    readonly body: z.ZodType
    /** Extra list filters beside limit and cursor. */
    readonly filters: z.ZodRawShape
  }
  readonly toBody: (row: Row) => unknown
  readonly create: (ctx: UseCaseContext, input: z.output<Create>) => Promise<Row>
  readonly get: (ctx: UseCaseContext, id: string) => Promise<Row>
  readonly list: (ctx: UseCaseContext, query: Query) => Promise<Page<Row>>
  readonly update: (ctx: UseCaseContext, id: string, fields: z.output<Update>) => Promise<Row>
}

/** Registers the five record routes and the stage routes for one kind of record. */
export function recordRoutes<Row, Create extends z.ZodType, Update extends z.ZodType>(
  app: OpenAPIHono<HttpEnv>,
  spec: RecordRoutesSpec<Row, Create, Update>,
): void {
  const { path, noun, schemas } = spec
  // Route types are computed from concrete schemas; the spec's generics are restored on the way out.
  const createBody: z.ZodType = schemas.create
  const updateBody: z.ZodType = schemas.update
  const tags = [spec.tag]
  const item = `${path}/{id}`
  const page = pageOf(schemas.body, `${spec.tag}Page`)
  const conflict = [400, 401, 409, 413, 422] as const
  const routes = {
    create: createRoute({
      method: 'post',
      path,
      tags,
      summary: `Create ${noun} in its first stage`,
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(schemas.body, 'Created'), ...errorResponses(...conflict) },
    }),
    list: createRoute({
      method: 'get',
      path,
      tags,
      summary: `List ${spec.tag.toLowerCase()}, oldest first`,
      request: { query: PageQuery.extend(schemas.filters) },
      responses: { 200: jsonResponse(page, 'One page'), ...errorResponses(400, 401) },
    }),
    get: createRoute({
      method: 'get',
      path: item,
      tags,
      summary: `Get ${noun}`,
      request: { params: IdParam },
      responses: { 200: jsonResponse(schemas.body, 'Found'), ...errorResponses(400, 401, 404) },
    }),
    update: createRoute({
      method: 'patch',
      path: item,
      tags,
      summary: `Change fields of ${noun} (its stage changes through /stage)`,
      request: { params: IdParam, body: jsonBody(updateBody) },
      responses: {
        200: jsonResponse(schemas.body, 'Updated'),
        ...errorResponses(...conflict, 404),
      },
    }),
  }
  // Each spec pairs its body schema with its toBody; the wire shape is checked by the route tests.
  const send = (value: unknown) => value as never
  app.openapi(routes.create, async (c) => {
    const row = await spec.create(c.var.ctx, c.req.valid('json') as z.output<Create>)
    return c.json(send(spec.toBody(row)), 201)
  })
  app.openapi(routes.list, async (c) => {
    const result = await spec.list(c.var.ctx, c.req.valid('query') as Query)
    return c.json(send({ ...result, items: result.items.map(spec.toBody) }), 200)
  })
  app.openapi(routes.get, async (c) => {
    const row = await spec.get(c.var.ctx, c.req.valid('param').id)
    return c.json(send(spec.toBody(row)), 200)
  })
  app.openapi(routes.update, async (c) => {
    const fields = c.req.valid('json') as z.output<Update>
    const row = await spec.update(c.var.ctx, c.req.valid('param').id, fields)
    return c.json(send(spec.toBody(row)), 200)
  })
  subjectStageRoutes(app, { type: spec.type, path, tag: spec.tag, ensureExists: spec.get })
}
