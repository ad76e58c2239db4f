import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { createPerson, getPerson, listPeople, updatePerson } from '../app/records/people.ts'
import type { PersonId } from '../core/shared/index.ts'
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { PersonBody, PersonCreate, PersonUpdate, toPersonBody } from './person.schema.ts'
import { subjectStageRoutes } from './subject-stage.routes.ts'

const tags = ['People']

const create = createRoute({
  method: 'post',
  path: '/v1/people',
  tags,
  summary: 'Create a person (a lead or contact) in their first lifecycle stage',
  request: { body: jsonBody(PersonCreate) },
  responses: {
    201: jsonResponse(PersonBody, 'Created'),
    ...errorResponses(400, 401, 409, 413, 422),
  },
})

const list = createRoute({
  method: 'get',
  path: '/v1/people',
  tags,
  summary: 'List people, oldest first',
  request: { query: PageQuery.extend({ stage: z.string().max(100).optional() }) },
  responses: {
    200: jsonResponse(pageOf(PersonBody, 'PersonPage'), 'One page'),
    ...errorResponses(400, 401),
  },
})

const get = createRoute({
  method: 'get',
  path: '/v1/people/{id}',
  tags,
  summary: 'Get one person',
  request: { params: IdParam },
  responses: { 200: jsonResponse(PersonBody, 'The person'), ...errorResponses(400, 401, 404) },
})

const update = createRoute({
  method: 'patch',
  path: '/v1/people/{id}',
  tags,
  summary: "Change a person's fields (the stage changes through /stage)",
  request: { params: IdParam, body: jsonBody(PersonUpdate) },
  responses: {
    200: jsonResponse(PersonBody, 'Updated'),
    ...errorResponses(400, 401, 404, 409, 413),
  },
})

/** People: create, read, list, update, and stage changes. */
export function personRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(create, async (c) => {
    const person = await createPerson(c.var.ctx, c.req.valid('json'))
    return c.json(toPersonBody(person), 201)
  })
  app.openapi(list, async (c) => {
    const { stage, ...page } = c.req.valid('query')
    const result = await listPeople(c.var.ctx, page, stage === undefined ? {} : { stage })
    return c.json({ ...result, items: result.items.map(toPersonBody) }, 200)
  })
  app.openapi(get, async (c) => {
    const person = await getPerson(c.var.ctx, c.req.valid('param').id as PersonId)
    return c.json(toPersonBody(person), 200)
  })
  app.openapi(update, async (c) => {
    const person = await updatePerson(
      c.var.ctx,
      c.req.valid('param').id as PersonId,
      c.req.valid('json'),
    )
    return c.json(toPersonBody(person), 200)
  })
  subjectStageRoutes(app, {
    type: 'person',
    path: '/v1/people',
    tag: tags[0] ?? 'People',
    ensureExists: (ctx, id) => getPerson(ctx, id as PersonId),
  })
}
