import { describe, expect, it } from 'vitest'
import { isContactable, type ContactFacts } from './is-contactable.ts'

describe('isContactable', () => {
  const cases: [string, ContactFacts, boolean][] = [
    ['no flags at all', { doNotContact: false, consent: {} }, true],
    ['do-not-contact set', { doNotContact: true, consent: { email: true } }, false],
    ['contact refused as a whole', { doNotContact: false, consent: { contact: false } }, false],
    [
      'every purpose refused',
      { doNotContact: false, consent: { email: false, sms: false } },
      false,
    ],
    [
      'one purpose still allowed',
      { doNotContact: false, consent: { email: false, phone: true } },
      true,
    ],
    ['non-boolean flags are ignored', { doNotContact: false, consent: { note: 'asked' } }, true],
  ]
  it.each(cases)('%s: %s', (_name, facts, expected) => {
    expect(isContactable(facts)).toBe(expected)
  })
})
