import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { dismissDuplicate } from '../app/duplicates/dismiss-duplicate.ts'
import { listDuplicates } from '../app/duplicates/list-duplicates.ts'
import { mergeCandidate, mergeDuplicates } from '../app/duplicates/merge-duplicates.ts'
import { unmergeDuplicates } from '../app/duplicates/unmerge-duplicates.ts'
import type { PersonId } from '../core/shared/index.ts'
import {
  errorResponses,
  IdParam,
  idOf,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import {
  CandidateBody,
  CandidateViewBody,
  MergeRequest,
  MergeResultBody,
  toCandidateBody,
  toCandidateViewBody,
  UnmergeResultBody,
} from './duplicate.schema.ts'
import type { HttpEnv } from './http-env.ts'

const tags = ['Duplicates']

const routes = {
  list: createRoute({
    method: 'get',
    path: '/v1/duplicates',
    tags,
    summary: 'The review queue: open duplicate pairs, oldest first, with both people and evidence',
    request: {
      query: PageQuery.extend({
        personId: idOf<'person'>()
          .optional()
          .openapi({ description: "Only the pairs this person is in (a lead page's duplicates)" }),
      }),
    },
    responses: {
      200: jsonResponse(pageOf(CandidateViewBody, 'DuplicatePage'), 'One page'),
      ...errorResponses(400, 401),
    },
  }),
  merge: createRoute({
    method: 'post',
    path: '/v1/duplicates/merge',
    tags,
    summary: 'Merge two people (by ids, or a queued candidate) into the older one',
    request: { body: jsonBody(MergeRequest) },
    responses: {
      200: jsonResponse(MergeResultBody, 'Merged'),
      ...errorResponses(400, 401, 404, 409, 422),
    },
  }),
  dismiss: createRoute({
    method: 'post',
    path: '/v1/duplicates/{id}/dismiss',
    tags,
    summary: 'Mark a candidate pair as two different people; it is never proposed again',
    request: { params: IdParam },
    responses: {
      200: jsonResponse(CandidateBody, 'Dismissed'),
      ...errorResponses(400, 401, 404, 409),
    },
  }),
  unmerge: createRoute({
    method: 'post',
    path: '/v1/people/{id}/unmerge',
    tags,
    summary: 'Undo the merge of this person (admin only): it stands on its own again',
    request: { params: IdParam },
    responses: {
      200: jsonResponse(UnmergeResultBody, 'Unmerged'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
}

/** The duplicate review queue: list, merge, dismiss, and unmerge a person. */
export function duplicateRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.list, async (c) => {
    const { personId, ...request } = c.req.valid('query')
    const page = await listDuplicates(c.var.ctx, request, personId ? { personId } : {})
    const body = { items: page.items.map(toCandidateViewBody) }
    return c.json(page.nextCursor ? { ...body, nextCursor: page.nextCursor } : body, 200)
  })
  app.openapi(routes.merge, async (c) => {
    const input = c.req.valid('json')
    const result =
      'candidateId' in input
        ? await mergeCandidate(c.var.ctx, input.candidateId)
        : await mergeDuplicates(c.var.ctx, input.personId, input.intoPersonId)
    return c.json({ ...result, filled: [...result.filled] }, 200)
  })
  app.openapi(routes.dismiss, async (c) => {
    const candidate = await dismissDuplicate(c.var.ctx, c.req.valid('param').id)
    return c.json(toCandidateBody(candidate), 200)
  })
  app.openapi(routes.unmerge, async (c) => {
    const id = c.req.valid('param').id.toLowerCase() as PersonId
    const result = await unmergeDuplicates(c.var.ctx, id)
    return c.json({ ...result, restored: [...result.restored], kept: [...result.kept] }, 200)
  })
}
