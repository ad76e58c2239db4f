import { normalizeEmail } from '../../core/records/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { Stores } from '../ports.ts'
import { emailHash } from './email-hash.ts'

/** The audit action an erasure records, on the subject `email_hash` / the address's hash. */
export const erasedAction = 'privacy.erased'
export const emailHashSubject = 'email_hash'

/** Whom a privacy request about one address concerns. */
export type PrivacySubjects = {
  readonly emailNormalized: string
  readonly emailHash: string
  readonly personIds: readonly PersonId[]
  readonly suppressed: boolean
  /** When the address was last erased, if it was. */
  readonly erasedAt: Date | null
}

const idsIn = (details: Readonly<Record<string, unknown>>): PersonId[] => {
  const ids = details['personIds']
  return Array.isArray(ids) ? ids.filter((id): id is PersonId => typeof id === 'string') : []
}

/**
 * The people an address names: the live person with it and everyone merged into them, and, once
 * the address was erased, the anonymized records the erasure left (found through its audit entry,
 * since the records no longer hold the address). Throws `request.invalid` for text that is not an
 * address and `privacy.person_not_found` when nobody was ever held under it.
 */
export async function findPrivacySubjects(
  tx: Stores,
  email: string,
  options: { readonly forUpdate?: boolean } = {},
): Promise<PrivacySubjects> {
  const emailNormalized = normalizeEmail(email)
  const hash = emailHash(emailNormalized)
  const live = await tx.privacy.findPeopleByEmail(emailNormalized, options)
  const erasure = await tx.duplicates.findLatestAudit({
    action: erasedAction,
    subjectType: emailHashSubject,
    subjectId: hash,
  })
  const personIds = [...new Set([...live, ...(erasure ? idsIn(erasure.details) : [])])]
  if (personIds.length === 0) {
    throw new AppError(
      'privacy.person_not_found',
      `Baton holds nobody with the email ${email} in this workspace; check the address (it is matched without case, dots in Gmail or +tags).`,
      { details: { email } },
    )
  }
  const suppressed = (await tx.privacy.findSuppressed([hash])).has(hash)
  return { emailNormalized, emailHash: hash, personIds, suppressed, erasedAt: erasure?.at ?? null }
}
