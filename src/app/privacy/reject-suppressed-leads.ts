import type { Stores } from '../ports.ts'
import type { PreparedLead } from '../intake/prepare-lead.ts'
import { emailHash } from './email-hash.ts'

const message =
  'This address belongs to a person who asked to be erased; Baton will not record it again. Remove the row from the source.'

/**
 * Refuses the leads whose canonical address was erased (`privacy.suppressed`), in one read for the
 * batch. A refused lead loses its keys too, so it can neither create a person nor fill a stored one.
 */
export async function rejectSuppressedLeads(
  tx: Stores,
  leads: readonly PreparedLead[],
): Promise<readonly PreparedLead[]> {
  const hashOf = new Map<string, string>()
  for (const lead of leads) {
    const canonical = lead.clean.emailCanonical
    if (lead.reject === undefined && canonical !== null) hashOf.set(canonical, emailHash(canonical))
  }
  const suppressed = await tx.privacy.findSuppressed([...hashOf.values()])
  if (suppressed.size === 0) return leads
  return leads.map((lead) => {
    const canonical = lead.clean.emailCanonical
    const hash = canonical === null ? undefined : hashOf.get(canonical)
    if (lead.reject !== undefined || hash === undefined || !suppressed.has(hash)) return lead
    return {
      ...lead,
      externalId: null,
      clean: { ...lead.clean, emailCanonical: null },
      reject: { reason: 'privacy.suppressed', message },
    }
  })
}
