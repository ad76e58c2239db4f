/** Every error Baton can report, as `area.reason`; each edge maps all of them in one table. */
export const errorCodes = [
  'request.invalid',
  'request.too_large',
  'request.not_found',
  'request.idempotency_conflict',
  'auth.missing_key',
  'auth.invalid_key',
  'auth.forbidden',
  'workspace.not_found',
  'person.not_found',
  'person.email_taken',
  'account.not_found',
  'account.domain_taken',
  'opportunity.not_found',
  'duplicate.not_found',
  'duplicate.already_merged',
  'duplicate.not_merged',
  'duplicate.same_person',
  'duplicate.role_address',
  'funnel.invalid_stage',
  'funnel.invalid_transition',
  'agreement.invalid',
  'agreement.not_found',
  'agreement.none_in_force',
  'agreement.immutable',
  'agreement.signature_refused',
  'score_model.invalid',
  'score_model.not_found',
  'score_model.not_draft',
  'score_model.none_live',
  'handoff.not_routable',
  'handoff.owner_unavailable',
  'handoff.unknown_reason_code',
  'handoff.note_required',
  'review.not_found',
  'review.already_resolved',
  'meeting.not_found',
  'meeting.already_recorded',
  'user.not_found',
  'user.email_taken',
  'store.locked',
  'store.unavailable',
  'config.invalid',
  'internal',
] as const

export type ErrorCode = (typeof errorCodes)[number]

/** True when the text names a known error code. */
export function isErrorCode(value: string): value is ErrorCode {
  return (errorCodes as readonly string[]).includes(value)
}
