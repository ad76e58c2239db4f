import type { PersonId } from '../shared/index.ts'
import type { DuplicatePerson } from './types.ts'

/** A stored person for duplicate tests: every field blank unless given. */
export function duplicatePerson(
  id: string,
  createdAt: string,
  fields: Partial<DuplicatePerson> = {},
): DuplicatePerson {
  return {
    id: id as PersonId,
    createdAt: new Date(createdAt),
    updatedAt: new Date(createdAt),
    mergedInto: null,
    email: null,
    emailNormalized: null,
    stage: 'inquiry',
    firstName: null,
    lastName: null,
    title: null,
    phone: null,
    companyName: null,
    country: null,
    accountId: null,
    ownerId: null,
    source: null,
    doNotContact: false,
    consent: {},
    properties: {},
    ...fields,
  }
}
