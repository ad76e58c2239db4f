import type { Action } from './actions.ts'
import type { Role } from './roles.ts'

/**
 * How far a role may take an action: on every row (`any`), only on rows assigned to the caller's
 * own user (`own`, checked with the row's owner), or not at all (`none`).
 */
export type Grant = 'any' | 'own' | 'none'

type Row = Readonly<Record<Role, Grant>>

// Column order: admin, marketing, sdr, sales, viewer.
const row = (admin: Grant, marketing: Grant, sdr: Grant, sales: Grant, viewer: Grant): Row => ({
  admin,
  marketing,
  sdr,
  sales,
  viewer,
})

const everyone = row('any', 'any', 'any', 'any', 'any')
const team = row('any', 'any', 'any', 'any', 'none')
const adminOnly = row('any', 'none', 'none', 'none', 'none')
const adminAndMarketing = row('any', 'any', 'none', 'none', 'none')

/**
 * The one permission table: what each role may do. Viewers read reports and the agreement and
 * write nothing; only marketing and sales sign the agreement; admins manage users, keys, merges
 * and privacy requests; sales and SDR reps accept, reject and disposition only the leads
 * assigned to them, admins any lead.
 */
export const permissions = {
  'people.read': team,
  'people.write': team,
  'accounts.read': team,
  'accounts.write': team,
  'opportunities.read': team,
  'opportunities.write': row('any', 'none', 'any', 'any', 'none'),
  'stages.change': team,
  'leads.capture': team,
  'leads.assign': row('any', 'none', 'any', 'none', 'none'),
  'leads.accept_reject': row('any', 'none', 'own', 'own', 'none'),
  'events.record': row('any', 'any', 'any', 'any', 'none'),
  'imports.run': row('any', 'any', 'any', 'none', 'none'),
  'duplicates.read': team,
  'duplicates.merge': adminOnly,
  'agreement.read': everyone,
  'agreement.draft': row('any', 'any', 'none', 'any', 'none'),
  'agreement.sign': row('none', 'own', 'none', 'own', 'none'),
  'users.read': team,
  'users.manage': adminOnly,
  'api_keys.manage': adminOnly,
  'reports.read': everyone,
  'score_models.read': team,
  'score_models.manage': adminAndMarketing,
  'scores.read': team,
  'routing.manage': adminOnly,
  'plans.read': everyone,
  'plans.manage': row('any', 'any', 'none', 'any', 'none'),
  'predictive.manage': adminAndMarketing,
  'outbox.manage': adminOnly,
  'privacy.manage': adminOnly,
  'tracking.manage': adminAndMarketing,
  'reviews.resolve': adminOnly,
  'segments.manage': team,
} as const satisfies Readonly<Record<Action, Row>>
