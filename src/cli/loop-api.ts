import type { Enrollment, LeadReview, Meeting } from '../app/handoff/handoff-ports.ts'
import type { ReferralResult } from '../app/handoff/refer-person.ts'
import type { Page } from '../core/shared/index.ts'
import type { HandoffBackend } from './handoff-backend.ts'

type Wire = Record<string, unknown>
type Call = (method: string, path: string, body?: unknown) => Promise<Wire>
type LoopCalls = Pick<
  HandoffBackend,
  'recordMeeting' | 'referPerson' | 'listReviews' | 'resolveReview' | 'listEnrollments'
>

const path = (id: string) => encodeURIComponent(id)
// Instants travel as ISO text; the backend interface promises Dates.
export const dated = (wire: Wire, ...keys: string[]): Wire => ({
  ...wire,
  ...Object.fromEntries(
    keys.map((key) => [key, typeof wire[key] === 'string' ? new Date(wire[key]) : wire[key]]),
  ),
})

/** A page of the wire, its items dated at `keys`; the caller names what the items are. */
export function pageOf(wire: Wire, ...keys: string[]): Page<Wire> {
  const items = (wire['items'] as Wire[]).map((item) => dated(item, ...keys))
  const next = wire['nextCursor']
  return typeof next === 'string' ? { items, nextCursor: next } : { items }
}

/** `limit`, `cursor` and any other set fields as a query string. */
export function queryOf(fields: Readonly<Record<string, string | number | undefined>>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) query.set(key, String(value))
  return query.toString()
}

/** Meetings, referrals, reviews and nurture over a running server's API. */
export function loopApi(call: Call): LoopCalls {
  return {
    async recordMeeting(id, action) {
      const body =
        action.action === 'book'
          ? { ...action, scheduledAt: action.scheduledAt.toISOString() }
          : action
      const wire = await call('POST', `/v1/people/${path(id)}/meetings`, body)
      return dated(wire, 'scheduledAt') as unknown as Meeting
    },
    async referPerson(id, referral) {
      const wire = await call('POST', `/v1/people/${path(id)}/referrals`, referral)
      const person = dated(wire['person'] as Wire, 'createdAt', 'updatedAt')
      return { ...wire, person } as unknown as ReferralResult
    },
    async listReviews(page) {
      const wire = await call('GET', `/v1/reviews?${queryOf(page)}`)
      return pageOf(wire, 'createdAt', 'resolvedAt') as unknown as Page<LeadReview>
    },
    async resolveReview(id, decision) {
      const wire = await call('POST', `/v1/reviews/${path(id)}/resolve`, decision)
      return dated(wire, 'createdAt', 'resolvedAt') as unknown as LeadReview
    },
    async listEnrollments(page) {
      const wire = await call('GET', `/v1/nurture?${queryOf(page)}`)
      const dates = ['enrolledAt', 'nextTouchAt', 'endedAt']
      return pageOf(wire, ...dates) as unknown as Page<Enrollment>
    },
  }
}
