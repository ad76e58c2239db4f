import { describe, expect, it } from 'vitest'
import type { AccountId } from '../shared/index.ts'
import { defaultDuplicatePolicy } from './duplicate-policy.ts'
import type { MatchPerson } from './match-profile.ts'
import { scoreMatch } from './score-match.ts'

const acme = 'a0000000-0000-4000-8000-000000000001' as AccountId

function who(fields: Partial<MatchPerson>): MatchPerson {
  return {
    email: null,
    firstName: null,
    lastName: null,
    title: null,
    phone: null,
    companyName: null,
    accountId: null,
    ...fields,
  }
}

const ana = who({ firstName: 'Ana', lastName: 'Ruiz', email: 'ana@acme.com' })

describe('scoreMatch tiers', () => {
  it.each([
    {
      rule: 'a shared E.164 phone and the same full name is strong',
      a: who({ firstName: 'José', lastName: 'Núñez', phone: '+14155552671' }),
      b: who({ firstName: 'JOSE', lastName: 'NUNEZ', phone: '+14155552671', email: 'j@x.io' }),
      tier: 'strong',
    },
    {
      rule: 'the same full name at the same corporate domain alone is weak',
      a: ana,
      b: who({ firstName: 'Ana', lastName: 'Ruiz', email: 'a.ruiz@acme.com' }),
      tier: 'weak',
    },
    {
      rule: 'the same full name at the same corporate domain and a shared title is strong',
      a: { ...ana, title: 'VP Marketing' },
      b: who({
        firstName: 'ana',
        lastName: 'ruíz',
        email: 'aruiz@acme.com',
        title: 'vp marketing',
      }),
      tier: 'strong',
    },
    {
      rule: 'the same full name, corporate domain and title with two different phones waits for review',
      a: { ...ana, title: 'CTO', phone: '+5521995728702' },
      b: who({
        firstName: 'Ana',
        lastName: 'Ruiz',
        email: 'ana2@acme.com',
        title: 'CTO',
        phone: '+5521997277174',
      }),
      tier: 'weak',
    },
    {
      rule: 'the same full name, account and phone is strong',
      a: { ...ana, accountId: acme, phone: '+34911234567' },
      b: who({ firstName: 'Ana', lastName: 'Ruiz', accountId: acme, phone: '+34911234567' }),
      tier: 'strong',
    },
    {
      rule: 'a nickname with the same last name and company is weak (a bonus, not proof)',
      a: who({ firstName: 'William', lastName: 'Gates', companyName: 'Microsoft Corp.' }),
      b: who({ firstName: 'Bill', lastName: 'GATES', companyName: 'Microsoft Corporation' }),
      tier: 'weak',
    },
    {
      rule: 'an initial, the same last name and the same company is weak',
      a: who({ firstName: 'J.', lastName: "O'Brien", accountId: acme }),
      b: who({ firstName: 'John', lastName: 'OBrien', accountId: acme }),
      tier: 'weak',
    },
    {
      rule: 'the same full name with nothing else is no match (common names are common)',
      a: who({ firstName: 'John', lastName: 'Smith', email: 'john@gmail.com' }),
      b: who({ firstName: 'John', lastName: 'Smith', email: 'jsmith@yahoo.com' }),
      tier: 'none',
    },
    {
      rule: 'a phone alone is no match (switchboards are shared)',
      a: who({ firstName: 'Ana', phone: '+14155552671' }),
      b: who({ phone: '+14155552671' }),
      tier: 'none',
    },
    {
      rule: 'a phone and company without any name agreeing never becomes strong',
      a: who({ phone: '+14155552671', accountId: acme, email: 'x1@acme.com' }),
      b: who({ phone: '+14155552671', accountId: acme, lastName: 'Ruiz' }),
      tier: 'weak',
    },
  ])('$rule', ({ a, b, tier }) => {
    expect(scoreMatch(a, b).tier).toBe(tier)
    expect(scoreMatch(b, a).tier).toBe(tier)
  })

  it('lists which fields agreed, with their points', () => {
    const match = scoreMatch(
      { ...ana, phone: '+34911234567' },
      who({ firstName: 'Ana', lastName: 'Ruiz', email: 'ana.r@acme.com', phone: '+34911234567' }),
    )
    expect(match.evidence).toEqual([
      { field: 'first_name', verdict: 'same', points: 20 },
      { field: 'last_name', verdict: 'same', points: 20 },
      { field: 'phone', verdict: 'same', points: 40 },
      { field: 'company', verdict: 'same', points: 20, detail: 'domain acme.com' },
    ])
    expect(match).toMatchObject({ tier: 'strong', score: 100, blockedBy: null })
  })

  it('takes the tier thresholds from the policy', () => {
    const a = who({ firstName: 'Ana', lastName: 'Ruiz', phone: '+34911234567' })
    const b = who({ lastName: 'Ruiz', phone: '+34911234567' })
    expect(scoreMatch(a, b).tier).toBe('weak')
    expect(scoreMatch(a, b, { ...defaultDuplicatePolicy, weakScore: 61 }).tier).toBe('none')
  })
})

describe('scoreMatch hard rules', () => {
  it.each([
    { a: 'info@acme.com', b: 'info@acme.com' },
    { a: 'sales@acme.com', b: 'Sales+web@acme.com' },
    { a: 'info@acme.com', b: 'support@acme.com' },
    { a: 'no-reply@acme.com', b: 'ana@acme.com' },
  ])('never matches $a and $b on a role address alone', ({ a, b }) => {
    const match = scoreMatch(
      who({ email: a, accountId: acme, companyName: 'Acme' }),
      who({ email: b, accountId: acme, companyName: 'ACME Inc.' }),
      { ...defaultDuplicatePolicy, weakScore: 1, strongScore: 2 },
    )
    expect(match).toMatchObject({ tier: 'none', blockedBy: 'role_address' })
    expect(match.evidence.some((item) => item.field === 'email')).toBe(false)
  })

  it('does not take a switchboard phone beside a role address for a personal match', () => {
    const match = scoreMatch(
      who({ email: 'info@acme.com', phone: '+14155552671', accountId: acme }),
      who({ email: 'support@acme.com', phone: '+14155552671', accountId: acme }),
    )
    expect(match).toMatchObject({ tier: 'none', blockedBy: 'role_address' })
    const withAna = scoreMatch(
      who({ email: 'info@acme.com', phone: '+14155552671' }),
      who({ email: 'ana@acme.com', firstName: 'Ana', phone: '+14155552671' }),
    )
    expect(withAna).toMatchObject({ tier: 'none', blockedBy: 'role_address' })
  })

  it.each([
    ['gmail.com', 'john@gmail.com', 'mary@gmail.com'],
    ['googlemail.com', 'j.smith@googlemail.com', 'mary@gmail.com'],
    ['yahoo.co.uk', 'a@yahoo.co.uk', 'b@yahoo.co.uk'],
    ['mailinator.com', 'a@mailinator.com', 'b@mailinator.com'],
  ])('never counts %s as a shared company', (_domain, a, b) => {
    const match = scoreMatch(
      who({ email: a, lastName: 'Smith' }),
      who({ email: b, lastName: 'Smith' }),
      { ...defaultDuplicatePolicy, weakScore: 1 },
    )
    expect(match.evidence.map((item) => item.field)).toEqual(['last_name'])
  })

  it('keeps different addresses at one corporate domain under different first names apart', () => {
    const match = scoreMatch(
      who({ firstName: 'John', lastName: 'Smith', email: 'john@acme.com', phone: '+14155552671' }),
      who({ firstName: 'Jane', lastName: 'Smith', email: 'jane@acme.com', phone: '+14155552671' }),
      { ...defaultDuplicatePolicy, weakScore: 1 },
    )
    expect(match).toMatchObject({ tier: 'none', blockedBy: 'different_people' })
  })

  it('does not hold nicknames or initials to be different first names', () => {
    const bill = who({ firstName: 'Bill', lastName: 'Smith', email: 'bill@acme.com' })
    const william = who({ firstName: 'William', lastName: 'Smith', email: 'wsmith@acme.com' })
    expect(scoreMatch(bill, william)).toMatchObject({ tier: 'weak', blockedBy: null })
    const initial = who({ firstName: 'W.', lastName: 'Smith', email: 'w@acme.com' })
    expect(scoreMatch(initial, william).blockedBy).toBeNull()
  })

  it('penalizes different last names so a shared phone and first name are not enough', () => {
    const match = scoreMatch(
      who({ firstName: 'Ana', lastName: 'Ruiz', phone: '+34911234567' }),
      who({ firstName: 'Ana', lastName: 'Gómez', phone: '+34911234567' }),
    )
    expect(match.tier).toBe('none')
    expect(match.evidence).toContainEqual({ field: 'last_name', verdict: 'different', points: -25 })
  })
})
