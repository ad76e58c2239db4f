/**
 * Everything a caller may be allowed to do, as `area.verb`. A new use case that needs a new action
 * adds it here and a row in `permissions` (the type check fails until every role is mapped).
 */
export const actions = [
  'people.read',
  'people.write',
  'accounts.read',
  'accounts.write',
  'opportunities.read',
  'opportunities.write',
  'stages.change',
  'leads.capture',
  'leads.assign',
  'leads.accept_reject',
  'events.record',
  'imports.run',
  'duplicates.read',
  'duplicates.merge',
  'agreement.read',
  'agreement.draft',
  'agreement.sign',
  'users.read',
  'users.manage',
  'api_keys.manage',
  'reports.read',
  'score_models.read',
  'score_models.manage',
  'scores.read',
  'routing.manage',
  'plans.read',
  'plans.manage',
  'predictive.manage',
  'outbox.manage',
  'privacy.manage',
  'tracking.manage',
  'reviews.resolve',
  'segments.manage',
] as const

export type Action = (typeof actions)[number]
