import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { addSegment, getSegment, listSegments, segmentMembers } from '../app/segments/segments.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import { body } from './funnel.routes.ts'
import type { HttpEnv } from './http-env.ts'
import {
  MembersQuery,
  SegmentBody,
  SegmentMemberBody,
  SegmentParam,
  SegmentWrite,
} from './segment.schema.ts'

const tags = ['Segments']
const Members = z.object({
  segment: SegmentBody,
  items: z.array(SegmentMemberBody),
  nextCursor: z.string().optional(),
})

const routes = {
  add: createRoute({
    method: 'post',
    path: '/v1/segments',
    tags,
    summary: 'Save a dynamic segment: a filter over person and account fields',
    request: { body: jsonBody(SegmentWrite) },
    responses: {
      201: jsonResponse(SegmentBody, 'Saved, with its member count now'),
      ...errorResponses(400, 401, 403, 409),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/v1/segments',
    tags,
    summary: 'Every saved segment by name, each with its member count now',
    responses: {
      200: jsonResponse(z.object({ items: z.array(SegmentBody) }), 'The segments'),
      ...errorResponses(401),
    },
  }),
  show: createRoute({
    method: 'get',
    path: '/v1/segments/{id}',
    tags,
    summary: 'One segment (by id or name) with its member count now',
    request: { params: SegmentParam },
    responses: { 200: jsonResponse(SegmentBody, 'The segment'), ...errorResponses(401, 404) },
  }),
  members: createRoute({
    method: 'get',
    path: '/v1/segments/{id}/members',
    tags,
    summary: 'Who matches the segment now (evaluated on every read), oldest record first',
    request: { params: SegmentParam, query: MembersQuery },
    responses: {
      200: jsonResponse(Members, 'One page of members'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
}

/** POST/GET /v1/segments, GET /v1/segments/{id} and its members. */
export function segmentRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.add, async (c) =>
    c.json(body(SegmentBody, await addSegment(c.var.ctx, c.req.valid('json'))), 201),
  )
  app.openapi(routes.list, async (c) =>
    c.json(
      body(z.object({ items: z.array(SegmentBody) }), { items: await listSegments(c.var.ctx) }),
      200,
    ),
  )
  app.openapi(routes.show, async (c) =>
    c.json(body(SegmentBody, await getSegment(c.var.ctx, c.req.valid('param').id)), 200),
  )
  app.openapi(routes.members, async (c) => {
    const { limit, cursor } = c.req.valid('query')
    const page = await segmentMembers(c.var.ctx, c.req.valid('param').id, {
      limit,
      ...(cursor === undefined ? {} : { cursor }),
    })
    return c.json(body(Members, page), 200)
  })
}
