import { describe, expect, it } from 'vitest'
import { normalizeEmailAddress } from './normalize-email-address.ts'

describe('normalizeEmailAddress', () => {
  it.each([
    { raw: ' Ana.Lima@ACME.com ', email: 'ana.lima@acme.com', canonical: 'ana.lima@acme.com' },
    { raw: 'mailto:Ana@Acme.com', email: 'ana@acme.com', canonical: 'ana@acme.com' },
    { raw: 'MAILTO:ana@acme.com?subject=Demo', email: 'ana@acme.com', canonical: 'ana@acme.com' },
    { raw: '<ana@acme.com>', email: 'ana@acme.com', canonical: 'ana@acme.com' },
    { raw: '"Lima, Ana" <Ana@Acme.com>', email: 'ana@acme.com', canonical: 'ana@acme.com' },
    { raw: 'ana@acme.com;', email: 'ana@acme.com', canonical: 'ana@acme.com' },
    { raw: 'ana@acme.com.', email: 'ana@acme.com', canonical: 'ana@acme.com' },
    { raw: 'ana+webinar@acme.co.uk', email: 'ana+webinar@acme.co.uk', canonical: 'ana@acme.co.uk' },
    { raw: 'ana+a+b@acme.com', email: 'ana+a+b@acme.com', canonical: 'ana@acme.com' },
    { raw: '+only@acme.com', email: '+only@acme.com', canonical: '+only@acme.com' },
    {
      raw: 'J.O.H.N.Doe@gmail.com',
      email: 'j.o.h.n.doe@gmail.com',
      canonical: 'johndoe@gmail.com',
    },
    {
      raw: 'john.doe+crm@GoogleMail.com',
      email: 'john.doe+crm@googlemail.com',
      canonical: 'johndoe@gmail.com',
    },
    {
      raw: 'john.doe@outlook.com',
      email: 'john.doe@outlook.com',
      canonical: 'john.doe@outlook.com',
    },
    { raw: "o'brien@acme.ie", email: "o'brien@acme.ie", canonical: "o'brien@acme.ie" },
    { raw: 'josé@exämple.de', email: 'josé@exämple.de', canonical: 'josé@exämple.de' },
    {
      raw: 'ana@xn--exmple-cua.de',
      email: 'ana@xn--exmple-cua.de',
      canonical: 'ana@xn--exmple-cua.de',
    },
    { raw: 'ana@sub.acme.museum', email: 'ana@sub.acme.museum', canonical: 'ana@sub.acme.museum' },
  ])('accepts "$raw" as $email, matched as $canonical', ({ raw, email, canonical }) => {
    const result = normalizeEmailAddress(raw)
    expect(result).toMatchObject({ valid: true, email, canonical })
    expect(result.problem).toBeUndefined()
  })

  it('gives every spelling of one Gmail inbox the same canonical form', () => {
    const spellings = ['John.Doe@gmail.com', 'johndoe+x@googlemail.com', 'j.ohndoe@GMAIL.COM']
    const canonical = new Set(spellings.map((raw) => normalizeEmailAddress(raw).canonical))
    expect([...canonical]).toEqual(['johndoe@gmail.com'])
  })

  it('keeps dots outside Gmail: they are part of the mailbox name elsewhere', () => {
    expect(normalizeEmailAddress('john.doe@acme.com').canonical).toBe('john.doe@acme.com')
  })

  it('splits the address into local part and domain', () => {
    expect(normalizeEmailAddress('Ana+x@Acme.co.uk')).toMatchObject({
      localPart: 'ana+x',
      domain: 'acme.co.uk',
    })
  })

  it.each([
    { raw: '', problem: 'empty' },
    { raw: '   ', problem: 'empty' },
    { raw: undefined, problem: 'empty' },
    { raw: 'ana.acme.com', problem: 'missing_at' },
    { raw: 'ana@@acme.com', problem: 'several_at' },
    { raw: 'ana@acme@example.com', problem: 'several_at' },
    { raw: 'ana lima@acme.com', problem: 'whitespace' },
    { raw: 'ana..lima@acme.com', problem: 'consecutive_dots' },
    { raw: 'ana@acme..com', problem: 'consecutive_dots' },
    { raw: '.ana@acme.com', problem: 'invalid_local_part' },
    { raw: 'ana.@acme.com', problem: 'invalid_local_part' },
    { raw: '@acme.com', problem: 'invalid_local_part' },
    { raw: '"ana lima"@acme.com', problem: 'whitespace' },
    { raw: 'ana(x)@acme.com', problem: 'invalid_local_part' },
    { raw: 'ana@', problem: 'invalid_domain' },
    { raw: 'ana@localhost', problem: 'invalid_domain' },
    { raw: 'ana@-acme.com', problem: 'invalid_domain' },
    { raw: 'ana@acme-.com', problem: 'invalid_domain' },
    { raw: 'ana@ac_me.com', problem: 'invalid_domain' },
    { raw: 'ana@[192.168.0.1]', problem: 'invalid_domain' },
    { raw: 'ana@acme.c', problem: 'invalid_tld' },
    { raw: 'ana@acme.c0m', problem: 'invalid_tld' },
    { raw: 'ana@10.0.0.1', problem: 'invalid_tld' },
    { raw: `${'a'.repeat(65)}@acme.com`, problem: 'too_long' },
    {
      raw: `ana@${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(62)}.${'e'.repeat(62)}.com`,
      problem: 'too_long',
    },
  ])('rejects "$raw" as $problem', ({ raw, problem }) => {
    expect(normalizeEmailAddress(raw)).toMatchObject({ valid: false, problem })
  })

  it.each([
    { raw: 'ana@gmail.com', freeMail: true, disposable: false },
    { raw: 'ana@googlemail.com', freeMail: true, disposable: false },
    { raw: 'ana@yahoo.co.uk', freeMail: true, disposable: false },
    { raw: 'ana@hotmail.com', freeMail: true, disposable: false },
    { raw: 'ana@outlook.com', freeMail: true, disposable: false },
    { raw: 'ana@gmx.de', freeMail: true, disposable: false },
    { raw: 'ana@uol.com.br', freeMail: true, disposable: false },
    { raw: 'ana@rediffmail.com', freeMail: true, disposable: false },
    { raw: 'ana@qq.com', freeMail: true, disposable: false },
    { raw: 'ana@mailinator.com', disposable: true },
    { raw: 'ana@yopmail.com', disposable: true },
    { raw: 'ana@guerrillamail.com', disposable: true },
    { raw: 'ana@sharklasers.com', disposable: true },
    { raw: 'ana@acme.com', freeMail: false, disposable: false },
    { raw: 'ana@mail.acme.co.uk', freeMail: false, disposable: false },
  ])('flags the mailbox provider of $raw', ({ raw, ...flags }) => {
    expect(normalizeEmailAddress(raw).flags).toMatchObject(flags)
  })

  it.each([
    'info@acme.com',
    'Sales@acme.com',
    'admin@acme.com',
    'support@acme.com',
    'contact@acme.com',
    'hello@acme.com',
    'marketing@acme.com',
    'office@acme.com',
    'team@acme.com',
    'noreply@acme.com',
    'no-reply@acme.com',
    'no_reply@acme.com',
    'billing@acme.com',
    'hr@acme.com',
    'jobs@acme.com',
    'careers@acme.com',
    'webmaster@acme.com',
    'postmaster@acme.com',
    'info+leads@acme.com',
  ])('flags %s as a role address, not a person', (raw) => {
    expect(normalizeEmailAddress(raw).flags.roleAddress).toBe(true)
  })

  it.each(['information.desk.ana@acme.com', 'salesforce.admin.bo@acme.com', 'ana@info.com'])(
    'does not flag the personal address %s as a role address',
    (raw) => {
      expect(normalizeEmailAddress(raw).flags.roleAddress).toBe(false)
    },
  )

  it('raises no flags on an invalid address', () => {
    expect(normalizeEmailAddress('info@@mailinator.com').flags).toEqual({
      freeMail: false,
      disposable: false,
      roleAddress: false,
    })
  })
})
