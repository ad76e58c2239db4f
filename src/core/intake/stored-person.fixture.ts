import type { PersonId } from '../shared/index.ts'
import type { StoredPerson } from './plan-lead-batch.ts'

/** A stored person for planner tests: every field blank unless given. */
export function storedPerson(id: string, fields: Partial<StoredPerson> = {}): StoredPerson {
  return {
    id: id as PersonId,
    email: null,
    firstName: null,
    lastName: null,
    title: null,
    phone: null,
    companyName: null,
    country: null,
    source: null,
    accountId: null,
    doNotContact: false,
    externalId: null,
    emailNormalized: null,
    ...fields,
  }
}
