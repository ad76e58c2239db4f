import type { ErrorCode } from '../core/shared/index.ts'

/** The exit status of every error code (sysexits-style where one fits); a new code must be added here. */
export const exitCodes = {
  'request.invalid': 2,
  'request.too_large': 2,
  'request.not_found': 2,
  'request.idempotency_conflict': 5,
  'auth.missing_key': 3,
  'auth.invalid_key': 3,
  'auth.forbidden': 3,
  'workspace.not_found': 4,
  'person.not_found': 4,
  'person.email_taken': 5,
  'account.not_found': 4,
  'account.domain_taken': 5,
  'opportunity.not_found': 4,
  'duplicate.not_found': 4,
  'duplicate.already_merged': 5,
  'duplicate.not_merged': 5,
  'duplicate.same_person': 2,
  'duplicate.role_address': 6,
  'funnel.invalid_stage': 6,
  'funnel.invalid_transition': 6,
  'agreement.invalid': 7,
  'agreement.not_found': 4,
  'agreement.none_in_force': 4,
  'agreement.immutable': 5,
  'agreement.signature_refused': 3,
  'score_model.invalid': 7,
  'score_model.not_found': 4,
  'score_model.not_draft': 5,
  'score_model.none_live': 4,
  'user.not_found': 4,
  'user.email_taken': 5,
  'store.locked': 75,
  'store.unavailable': 69,
  'config.invalid': 78,
  internal: 1,
} as const satisfies Record<ErrorCode, number>

/** Exit status for a command line Baton could not parse. */
export const usageExitCode = 2
