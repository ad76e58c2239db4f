import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorCode } from '../core/shared/index.ts'

/** The HTTP status of every error code; a new code without a status fails the type check. */
export const errorStatus = {
  'request.invalid': 400,
  'request.too_large': 413,
  'request.not_found': 404,
  'request.idempotency_conflict': 409,
  'auth.missing_key': 401,
  'auth.invalid_key': 401,
  'workspace.not_found': 404,
  'person.not_found': 404,
  'person.email_taken': 409,
  'account.not_found': 404,
  'account.domain_taken': 409,
  'opportunity.not_found': 404,
  'funnel.invalid_stage': 422,
  'funnel.invalid_transition': 409,
  'agreement.invalid': 422,
  'agreement.not_found': 404,
  'agreement.none_in_force': 404,
  'agreement.immutable': 409,
  'agreement.signature_refused': 403,
  'user.not_found': 404,
  'user.email_taken': 409,
  'store.locked': 503,
  'store.unavailable': 503,
  'config.invalid': 500,
  internal: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>
