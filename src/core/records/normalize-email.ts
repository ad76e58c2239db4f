import { readEmailAddress } from '../hygiene/index.ts'
import { AppError } from '../shared/index.ts'

/**
 * The identity key of an email, shared by every way a person arrives (API, import, forms): hygiene's
 * canonical form (lower case, +tag removed, Gmail dots removed); throws `request.invalid` when the
 * text is not an email address.
 */
export function normalizeEmail(email: string): string {
  const normalized = readEmailAddress(email)
  if (!normalized.valid) {
    throw new AppError(
      'request.invalid',
      `"${email}" is not an email address (${normalized.problem.replace(/_/g, ' ')}); expected name@company.com.`,
      { details: { field: 'email', value: email, problem: normalized.problem } },
    )
  }
  return normalized.canonical
}
