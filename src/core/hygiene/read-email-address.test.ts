import { describe, expect, it } from 'vitest'
import { normalizeEmailAddress } from './normalize-email-address.ts'
import { readEmailAddress } from './read-email-address.ts'

describe('readEmailAddress', () => {
  const raws = [
    ' Ana.Lima+crm@ACME.com ',
    '"Lima, Ana" <Ana@Acme.com>',
    'J.O.H.N.Doe@GoogleMail.com',
    'info@acme.com',
    'josé.müller@bücher.de',
    'ana@@acme.com',
    'ana lima@acme.com',
    'Select',
    '',
  ]

  it.each(raws)('reads %j as normalizeEmailAddress does, without the flags', (raw) => {
    const { flags, ...read } = normalizeEmailAddress(raw)
    expect(flags).toBeDefined()
    expect(readEmailAddress(raw)).toEqual(read)
  })

  it('keys a Gmail address without dots or tag, and names what is wrong with a bad one', () => {
    expect(readEmailAddress('J.O.H.N.Doe+x@GoogleMail.com')).toMatchObject({
      valid: true,
      canonical: 'johndoe@gmail.com',
    })
    expect(readEmailAddress('ana@@acme.com')).toMatchObject({ valid: false, problem: 'several_at' })
    expect(readEmailAddress('ana@acme')).toMatchObject({ valid: false, problem: 'invalid_domain' })
  })
})
