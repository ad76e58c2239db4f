import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { UseCaseContext } from '../app/context.ts'
import { changeStage, listStageEvents } from '../app/funnel/change-stage.ts'
import type { StageSubject } from '../core/funnel/index.ts'
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { StageChangeRequest, StageEventBody, toStageEventBody } from './stage-event.schema.ts'

export type SubjectRoutesSpec = {
  readonly type: StageSubject['type']
  /** Collection path, e.g. /v1/people. */
  readonly path: string
  readonly tag: string
  /** Throws the subject's `*.not_found` when the id is not in the workspace. */
  readonly ensureExists: (ctx: UseCaseContext, id: string) => Promise<unknown>
}

const eventPage = pageOf(StageEventBody, 'StageEventPage')

/** POST {path}/{id}/stage and GET {path}/{id}/stage-events for one kind of subject. */
export function subjectStageRoutes(app: OpenAPIHono<HttpEnv>, spec: SubjectRoutesSpec): void {
  const stage = createRoute({
    method: 'post',
    path: `${spec.path}/{id}/stage`,
    tags: [spec.tag],
    summary: `Move the ${spec.type} to another stage, recording exactly one stage event`,
    request: { params: IdParam, body: jsonBody(StageChangeRequest) },
    responses: {
      201: jsonResponse(StageEventBody, 'The recorded event'),
      ...errorResponses(400, 401, 404, 409, 413, 422),
    },
  })
  const history = createRoute({
    method: 'get',
    path: `${spec.path}/{id}/stage-events`,
    tags: [spec.tag],
    summary: `The ${spec.type}'s stage history, in recording order`,
    request: { params: IdParam, query: PageQuery },
    responses: { 200: jsonResponse(eventPage, 'One page'), ...errorResponses(400, 401, 404) },
  })
  const subjectOf = (id: string) => ({ type: spec.type, id }) as StageSubject

  app.openapi(stage, async (c) => {
    const { occurredAt, ...change } = c.req.valid('json')
    const event = await changeStage(c.var.ctx, {
      ...change,
      subject: subjectOf(c.req.valid('param').id),
      ...(occurredAt === undefined ? {} : { occurredAt: new Date(occurredAt) }),
    })
    return c.json(toStageEventBody(event), 201)
  })
  app.openapi(history, async (c) => {
    const { id } = c.req.valid('param')
    await spec.ensureExists(c.var.ctx, id)
    const result = await listStageEvents(c.var.ctx, c.req.valid('query'), {
      subject: subjectOf(id),
    })
    return c.json({ ...result, items: result.items.map(toStageEventBody) }, 200)
  })
}
