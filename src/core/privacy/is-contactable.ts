/** What decides whether anyone may be prompted to contact a person. */
export type ContactFacts = {
  readonly doNotContact: boolean
  /** Consent flags by purpose; `false` is an opt-out. */
  readonly consent: Readonly<Record<string, unknown>>
}

/**
 * True unless the person opted out: do-not-contact is set (every erased person has it), or the
 * consent flags refuse contact as a whole (`contact: false`) or on every purpose they name.
 */
export function isContactable(person: ContactFacts): boolean {
  if (person.doNotContact) return false
  if (person.consent['contact'] === false) return false
  const flags = Object.values(person.consent).filter((value) => typeof value === 'boolean')
  return flags.length === 0 || flags.some((value) => value)
}
