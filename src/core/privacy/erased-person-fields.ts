/** The person columns an erasure writes, as the store applies them. */
export type ErasedPersonFields = {
  readonly email: null
  readonly emailNormalized: null
  readonly firstName: string
  readonly lastName: null
  readonly title: null
  readonly phone: null
  readonly companyName: null
  readonly externalId: null
  readonly doNotContact: true
  readonly consent: Readonly<Record<string, never>>
  readonly properties: Readonly<Record<string, never>>
  readonly flags: {
    readonly freeMail: false
    readonly disposable: false
    readonly roleAddress: false
  }
  readonly qualityIssues: readonly never[]
}

/**
 * What an erased person's record says: a placeholder name, no address, phone, title, company,
 * source id, custom fields or consent history, and do-not-contact set so nothing prompts anyone to
 * reach them. Stage, source, country, owner, account and scores are kept: the funnel, velocity and
 * attribution numbers are made of them and name nobody on their own.
 */
export function erasedPersonFields(): ErasedPersonFields {
  return {
    email: null,
    emailNormalized: null,
    firstName: 'Erased person',
    lastName: null,
    title: null,
    phone: null,
    companyName: null,
    externalId: null,
    doNotContact: true,
    consent: {},
    properties: {},
    flags: { freeMail: false, disposable: false, roleAddress: false },
    qualityIssues: [],
  }
}
