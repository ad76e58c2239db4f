import { describe, expect, it } from 'vitest'
import { cleanLead } from './clean-lead.ts'
import type { HygieneIssueCode, RawLead } from './types.ts'

function rawLead(fields: Partial<RawLead>): RawLead {
  return { extra: {}, ...fields }
}

function codesOf(raw: RawLead, defaultCountry?: string): [string, HygieneIssueCode][] {
  return cleanLead(raw, { defaultCountry }).issues.map((issue) => [issue.field, issue.code])
}

describe('cleanLead', () => {
  it('cleans every field of a well-formed web-form lead', () => {
    const lead = cleanLead(
      rawLead({
        email: ' Ana.Lima+webinar@Acme.co.uk ',
        fullName: 'LIMA, ANA',
        title: ' VP  Marketing ',
        phone: '020 7946 0958 ext. 12',
        company: 'ACME, Inc.',
        website: 'https://www.acme.co.uk/about',
        country: 'U.K.',
        source: 'Google Ads',
        extra: { Specialization: ' Marketing  Management ' },
      }),
    )
    expect(lead).toEqual({
      email: 'ana.lima+webinar@acme.co.uk',
      emailCanonical: 'ana.lima@acme.co.uk',
      emailFlags: { freeMail: false, disposable: false, roleAddress: false },
      firstName: 'Ana',
      lastName: 'Lima',
      title: 'VP Marketing',
      phone: '+442079460958',
      phoneExtension: '12',
      phoneCountry: 'GB',
      company: 'ACME, Inc.',
      companyKey: 'acme',
      companyDomain: 'acme.co.uk',
      website: 'https://www.acme.co.uk/about',
      country: 'GB',
      source: 'google',
      extra: { Specialization: 'Marketing Management' },
      issues: [],
      rejectReason: null,
    })
  })

  it('rejects an X Education row with no contact and reports its "Select" placeholders', () => {
    const lead = cleanLead(
      rawLead({
        source: 'google',
        country: 'India',
        extra: {
          Specialization: 'Select',
          'How did you hear about X Education': 'Select',
          'Lead Profile': 'Select',
          City: 'Mumbai',
          TotalVisits: '',
        },
      }),
    )
    expect(lead).toMatchObject({
      source: 'google',
      country: 'IN',
      extra: { City: 'Mumbai' },
      rejectReason: 'no_usable_contact',
    })
    expect(lead.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['Specialization', 'placeholder_value'],
      ['How did you hear about X Education', 'placeholder_value'],
      ['Lead Profile', 'placeholder_value'],
    ])
  })

  it.each([
    {
      case: 'an invalid email',
      raw: { email: 'ana@@acme.com' },
      field: 'email',
      code: 'invalid_email',
    },
    {
      case: 'a disposable email',
      raw: { email: 'ana@mailinator.com' },
      field: 'email',
      code: 'disposable_email',
    },
    { case: 'a role email', raw: { email: 'info@acme.com' }, field: 'email', code: 'role_email' },
    {
      case: 'a placeholder email',
      raw: { email: 'N/A' },
      field: 'email',
      code: 'placeholder_value',
    },
    {
      case: 'an invalid phone',
      raw: { phone: '555-555-5555' },
      field: 'phone',
      code: 'invalid_phone',
    },
    {
      case: 'a national phone with no country',
      raw: { phone: '(415) 555-2671' },
      field: 'phone',
      code: 'invalid_phone',
    },
    { case: 'a placeholder phone', raw: { phone: '-' }, field: 'phone', code: 'placeholder_value' },
    {
      case: 'a region for a country',
      raw: { country: 'Asia/Pacific Region' },
      field: 'country',
      code: 'unknown_country',
    },
    { case: 'a junk source', raw: { source: 'testone' }, field: 'source', code: 'junk_source' },
    {
      case: 'a placeholder source',
      raw: { source: 'Select' },
      field: 'source',
      code: 'placeholder_value',
    },
    {
      case: 'a placeholder company',
      raw: { company: 'none' },
      field: 'company',
      code: 'placeholder_value',
    },
    {
      case: 'a placeholder name',
      raw: { firstName: 'test' },
      field: 'firstName',
      code: 'placeholder_value',
    },
  ] as const)('reports $case as $code on $field', ({ raw, field, code }) => {
    expect(codesOf(rawLead(raw))).toEqual([[field, code]])
  })

  it('reports nothing for blank fields: missing is not wrong', () => {
    const blank = rawLead({ email: '', phone: '  ', company: '', country: '', source: '' })
    expect(cleanLead(blank).issues).toEqual([])
  })

  it('explains an invalid email in words', () => {
    const [issue] = cleanLead(rawLead({ email: 'ana lima@acme.com' })).issues
    expect(issue?.message).toBe('"ana lima@acme.com" contains a space.')
  })

  it('drops an invalid email and a junk source from the clean lead', () => {
    const lead = cleanLead(rawLead({ email: 'ana@acme', source: 'testone' }))
    expect(lead).toMatchObject({ email: null, emailCanonical: null, source: null })
  })

  it.each([
    { case: 'a valid email', raw: { email: 'ana@acme.com' }, rejected: false },
    { case: 'a free-mail email', raw: { email: 'ana@gmail.com' }, rejected: false },
    { case: 'a valid phone', raw: { phone: '+55 11 91234-5678' }, rejected: false },
    {
      case: 'a name and a company',
      raw: { fullName: 'Ana Lima', company: 'Acme' },
      rejected: false,
    },
    {
      case: 'a last name and a company',
      raw: { lastName: 'Lima', company: 'Acme' },
      rejected: false,
    },
    { case: 'only a disposable email', raw: { email: 'ana@mailinator.com' }, rejected: true },
    { case: 'only an invalid email', raw: { email: 'ana@acme' }, rejected: true },
    { case: 'only an invalid phone', raw: { phone: '0000000000' }, rejected: true },
    { case: 'a name without a company', raw: { fullName: 'Ana Lima' }, rejected: true },
    { case: 'a company without a name', raw: { company: 'Acme' }, rejected: true },
    {
      case: 'placeholders only',
      raw: { email: 'N/A', fullName: 'unknown', company: 'Select' },
      rejected: true,
    },
    { case: 'nothing', raw: {}, rejected: true },
  ])('with $case, rejected is $rejected', ({ raw, rejected }) => {
    const { rejectReason } = cleanLead(rawLead(raw))
    expect(rejectReason).toBe(rejected ? 'no_usable_contact' : null)
  })

  it("reads a national phone number in the lead's own country before the default", () => {
    const lead = cleanLead(rawLead({ phone: '(11) 91234-5678', country: 'Brasil' }), {
      defaultCountry: 'US',
    })
    expect(lead).toMatchObject({ phone: '+5511912345678', phoneCountry: 'BR', country: 'BR' })
  })

  it('reads a national phone number in the default country when the lead names none', () => {
    const lead = cleanLead(rawLead({ phone: '(415) 555-2671' }), { defaultCountry: 'US' })
    expect(lead).toMatchObject({ phone: '+14155552671', phoneCountry: 'US', country: null })
  })

  it.each([
    { raw: { fullName: 'Dr. José Ñúñez' }, first: 'José', last: 'Ñúñez' },
    { raw: { firstName: 'JOHN', lastName: "O'BRIEN" }, first: 'John', last: "O'Brien" },
    { raw: { firstName: 'Ana', fullName: 'Ana Maria Lima' }, first: 'Ana', last: 'Lima' },
    {
      raw: { firstName: 'Select', lastName: 'Select', fullName: 'van der berg, jan' },
      first: 'Jan',
      last: 'van der Berg',
    },
    { raw: { fullName: '王小明' }, first: null, last: '王小明' },
  ])(
    'takes explicit names first and fills the rest from the full name: $raw',
    ({ raw, first, last }) => {
      expect(cleanLead(rawLead(raw))).toMatchObject({ firstName: first, lastName: last })
    },
  )

  it.each([
    { raw: { email: 'ana@mail.acme.com.br' }, domain: 'acme.com.br' },
    { raw: { email: 'ana@gmail.com' }, domain: null },
    { raw: { email: 'ana@gmail.com', website: 'acme.de' }, domain: 'acme.de' },
    { raw: { email: 'ana@@acme.com' }, domain: null },
  ])('derives the company domain $domain from $raw', ({ raw, domain }) => {
    expect(cleanLead(rawLead(raw)).companyDomain).toBe(domain)
  })

  it('flags free mail on the clean lead without calling it an issue', () => {
    const lead = cleanLead(rawLead({ email: 'Ana.Lima@GoogleMail.com' }))
    expect(lead).toMatchObject({
      email: 'ana.lima@googlemail.com',
      emailCanonical: 'analima@gmail.com',
      emailFlags: { freeMail: true, disposable: false, roleAddress: false },
      issues: [],
    })
  })

  it('keeps the display company name and matches on its key', () => {
    const lead = cleanLead(rawLead({ company: '  Société   Générale S.A. ' }))
    expect(lead).toMatchObject({ company: 'Société Générale S.A.', companyKey: 'societe generale' })
  })
})
