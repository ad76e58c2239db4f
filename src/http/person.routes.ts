import { z, type OpenAPIHono } from '@hono/zod-openapi'
import { createPerson, getPerson, listPeople, updatePerson } from '../app/records/people.ts'
import type { PersonId } from '../core/shared/index.ts'
import type { HttpEnv } from './http-env.ts'
import { PersonBody, PersonCreate, PersonUpdate, toPersonBody } from './person.schema.ts'
import { recordRoutes } from './record.routes.ts'

/** People (leads and contacts): create, read, list, update, and lifecycle stage changes. */
export function personRoutes(app: OpenAPIHono<HttpEnv>): void {
  recordRoutes(app, {
    type: 'person',
    path: '/v1/people',
    tag: 'People',
    noun: 'a person (a lead or contact)',
    schemas: {
      create: PersonCreate,
      update: PersonUpdate,
      body: PersonBody,
      filters: { stage: z.string().max(100).optional() },
    },
    toBody: toPersonBody,
    create: createPerson,
    get: (ctx, id) => getPerson(ctx, id as PersonId),
    list: (ctx, { stage, ...page }) =>
      listPeople(ctx, page, typeof stage === 'string' ? { stage } : {}),
    update: (ctx, id, fields) => updatePerson(ctx, id as PersonId, fields),
  })
}
