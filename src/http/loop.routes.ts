import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { recordMeeting } from '../app/handoff/meetings.ts'
import { listEnrollments } from '../app/handoff/nurture.ts'
import { referPerson } from '../app/handoff/refer-person.ts'
import { listReviews, resolveReview } from '../app/handoff/reviews.ts'
import type { PersonId } from '../core/shared/index.ts'
import {
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
} from './common.schema.ts'
import { ReviewBody, toReviewBody } from './handoff.schema.ts'
import type { HttpEnv } from './http-env.ts'
import {
  EnrollmentBody,
  EnrollmentQuery,
  MeetingBody,
  MeetingRequest,
  ReferralBody,
  ReferralRequest,
  ResolveReviewRequest,
  toEnrollmentBody,
  toMeetingBody,
  toReferralBody,
} from './loop.schema.ts'

const tags = ['Hand-off']

const routes = {
  meeting: createRoute({
    method: 'post',
    path: '/v1/people/{id}/meetings',
    tags,
    summary: 'Book a meeting, or record a booked one held or no-show',
    request: { params: IdParam, body: jsonBody(MeetingRequest) },
    responses: {
      200: jsonResponse(MeetingBody, 'The booked meeting recorded as held or no-show'),
      201: jsonResponse(MeetingBody, 'The meeting booked'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  referral: createRoute({
    method: 'post',
    path: '/v1/people/{id}/referrals',
    tags,
    summary: 'The lead refers someone else at the account, linked to the original source',
    request: { params: IdParam, body: jsonBody(ReferralRequest) },
    responses: {
      200: jsonResponse(ReferralBody, 'A person already known, now linked'),
      201: jsonResponse(ReferralBody, 'A new person, linked'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  reviews: createRoute({
    method: 'get',
    path: '/v1/reviews',
    tags,
    summary: "The manager's review queue: disqualified meetings and opportunities, oldest first",
    request: { query: PageQuery },
    responses: {
      200: jsonResponse(pageOf(ReviewBody, 'LeadReviewPage'), 'One page of open reviews'),
      ...errorResponses(400, 401, 403),
    },
  }),
  resolve: createRoute({
    method: 'post',
    path: '/v1/reviews/{id}/resolve',
    tags,
    summary: 'Resolve a review once: upheld or reopened',
    request: { params: IdParam, body: jsonBody(ResolveReviewRequest) },
    responses: {
      200: jsonResponse(ReviewBody, 'The resolved review'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  nurture: createRoute({
    method: 'get',
    path: '/v1/nurture',
    tags,
    summary: 'Nurture enrolments with their next touch, oldest first',
    request: { query: EnrollmentQuery },
    responses: {
      200: jsonResponse(pageOf(EnrollmentBody, 'EnrollmentPage'), 'One page'),
      ...errorResponses(400, 401, 403),
    },
  }),
}

const personIdOf = (id: string) => id.toLowerCase() as PersonId
const paged = <T, B>(page: { items: readonly T[]; nextCursor?: string }, map: (item: T) => B) => {
  const items = page.items.map(map)
  return page.nextCursor === undefined ? { items } : { items, nextCursor: page.nextCursor }
}

/** Meetings, referrals, the manager's review queue and nurture enrolments. */
export function loopRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.meeting, async (c) => {
    const input = c.req.valid('json')
    const id = personIdOf(c.req.valid('param').id)
    const meeting = await recordMeeting(
      c.var.ctx,
      id,
      input.action === 'book'
        ? { action: 'book', scheduledAt: new Date(input.scheduledAt), note: input.note ?? null }
        : {
            action: input.action,
            meetingId: input.meetingId.toLowerCase(),
            note: input.note ?? null,
          },
    )
    return c.json(toMeetingBody(meeting), input.action === 'book' ? 201 : 200)
  })
  app.openapi(routes.referral, async (c) => {
    const { email, firstName, lastName, title } = c.req.valid('json')
    const result = await referPerson(c.var.ctx, personIdOf(c.req.valid('param').id), {
      email,
      firstName: firstName ?? null,
      lastName: lastName ?? null,
      title: title ?? null,
    })
    return c.json(toReferralBody(result), result.created ? 201 : 200)
  })
  app.openapi(routes.reviews, async (c) => {
    const page = await listReviews(c.var.ctx, c.req.valid('query'))
    return c.json(paged(page, toReviewBody), 200)
  })
  app.openapi(routes.resolve, async (c) => {
    const { resolution, note } = c.req.valid('json')
    const review = await resolveReview(c.var.ctx, c.req.valid('param').id.toLowerCase(), {
      resolution,
      note: note ?? null,
    })
    return c.json(toReviewBody(review), 200)
  })
  app.openapi(routes.nurture, async (c) => {
    const { status, ...page } = c.req.valid('query')
    const enrollments = await listEnrollments(
      c.var.ctx,
      page,
      status === undefined ? {} : { status },
    )
    return c.json(paged(enrollments, toEnrollmentBody), 200)
  })
}
