import { z, type OpenAPIHono } from '@hono/zod-openapi'
import {
  createOpportunity,
  getOpportunity,
  listOpportunities,
  updateOpportunity,
} from '../app/records/opportunities.ts'
import { opportunityStatuses } from '../core/records/index.ts'
import type { OpportunityId } from '../core/shared/index.ts'
import type { HttpEnv } from './http-env.ts'
import {
  OpportunityBody,
  OpportunityCreate,
  OpportunityUpdate,
  toOpportunityBody,
} from './opportunity.schema.ts'
import { recordRoutes } from './record.routes.ts'

/** Opportunities: create, read, list, update, and sales stage changes. */
export function opportunityRoutes(app: OpenAPIHono<HttpEnv>): void {
  recordRoutes(app, {
    type: 'opportunity',
    path: '/v1/opportunities',
    tag: 'Opportunities',
    noun: 'an opportunity',
    schemas: {
      create: OpportunityCreate,
      update: OpportunityUpdate,
      body: OpportunityBody,
      filters: { status: z.enum(opportunityStatuses).optional() },
    },
    toBody: toOpportunityBody,
    create: createOpportunity,
    get: (ctx, id) => getOpportunity(ctx, id as OpportunityId),
    list: (ctx, { status, ...page }) =>
      listOpportunities(ctx, page, typeof status === 'string' ? { status } : {}),
    update: (ctx, id, fields) => updateOpportunity(ctx, id as OpportunityId, fields),
  })
}
