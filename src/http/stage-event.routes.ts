import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { listStageEvents } from '../app/funnel/change-stage.ts'
import { errorResponses, jsonResponse, PageQuery, pageOf } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { StageEventBody, toStageEventBody } from './stage-event.schema.ts'

const list = createRoute({
  method: 'get',
  path: '/v1/stage-events',
  tags: ['Stage events'],
  summary: "The workspace's append-only stage history, in recording order",
  request: {
    query: PageQuery.extend({
      subjectType: z.enum(['person', 'account', 'opportunity']).optional(),
      toStage: z.string().max(100).optional(),
    }),
  },
  responses: {
    200: jsonResponse(pageOf(StageEventBody, 'StageEventPage'), 'One page'),
    ...errorResponses(400, 401),
  },
})

/** The workspace-wide stage history (read only: events are written by stage changes). */
export function stageEventRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(list, async (c) => {
    const { subjectType, toStage, ...page } = c.req.valid('query')
    const filter = {
      ...(subjectType ? { subjectType } : {}),
      ...(toStage === undefined ? {} : { toStage }),
    }
    const result = await listStageEvents(c.var.ctx, page, filter)
    return c.json({ ...result, items: result.items.map(toStageEventBody) }, 200)
  })
}
