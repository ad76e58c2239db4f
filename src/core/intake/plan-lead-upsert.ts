import type { CleanLead, KnownPerson, LeadUpsert, PersonPatch } from './types.ts'

type Fillable = Exclude<keyof PersonPatch, 'doNotContact'>

function incoming(clean: CleanLead): Record<Fillable, string | null> {
  return {
    email: clean.email,
    firstName: clean.firstName,
    lastName: clean.lastName,
    title: clean.title,
    phone: clean.phone,
    companyName: clean.company,
    country: clean.country,
    source: clean.source,
  }
}

/**
 * Decides what a captured lead does to the person store: a new person, or for a known person only the
 * blanks the new capture fills (what sales already has is never overwritten), and do-not-contact
 * only ever tightens: once a person opted out, a later capture cannot opt them back in.
 */
export function planLeadUpsert(
  clean: CleanLead,
  doNotContact: boolean,
  known: KnownPerson | undefined,
): LeadUpsert {
  const values = incoming(clean)
  if (!known) return { kind: 'create', fields: { ...values, doNotContact } }
  const changes: Partial<Record<keyof PersonPatch, string | boolean | null>> = {}
  for (const field of Object.keys(values) as Fillable[]) {
    const value = values[field]
    if (value !== null && known[field] === null) changes[field] = value
  }
  if (doNotContact && !known.doNotContact) changes.doNotContact = true
  return Object.keys(changes).length === 0
    ? { kind: 'unchanged', personId: known.id }
    : { kind: 'update', personId: known.id, changes: changes as PersonPatch }
}
