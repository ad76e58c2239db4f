import { describe, expect, it } from 'vitest'
import { cleanLead, type RawLead } from '../hygiene/index.ts'
import type { AccountId } from '../shared/index.ts'
import { planAccountBatch, type StoredAccounts } from './plan-account-batch.ts'
import { planLeadBatch, type StoredPerson } from './plan-lead-batch.ts'
import { storedPerson } from './stored-person.fixture.ts'
import type { KnownAccount } from './types.ts'

const account = (id: string, name: string, domain: string | null): KnownAccount => ({
  id: id as AccountId,
  name,
  nameKey: name.toLowerCase(),
  domain,
})

const none: StoredAccounts = {
  byDomain: new Map(),
  byNameKey: new Map(),
  similarByNameKey: new Map(),
}

function plan(
  raws: Partial<RawLead>[],
  accounts: StoredAccounts = none,
  people: StoredPerson[] = [],
) {
  const cleans = raws.map((raw) => cleanLead({ extra: {}, ...raw }))
  const batch = cleans.map((clean) => ({
    clean,
    externalId: null,
    doNotContact: false,
    firstStage: { ok: true, stage: 'inquiry' } as const,
  }))
  const peoplePlan = planLeadBatch(batch, people)
  return { people: peoplePlan, accounts: planAccountBatch(cleans, peoplePlan, accounts) }
}

describe('planAccountBatch', () => {
  it('creates one account for two new people of one new company', () => {
    const { accounts } = plan([
      { email: 'ana@acme.com', company: 'Acme, Inc.' },
      { email: 'bo@acme.com', company: 'ACME' },
    ])
    expect(accounts.creates).toEqual([{ name: 'Acme, Inc.', domain: 'acme.com', nameKey: 'acme' }])
    expect([...accounts.links.values()].map((l) => l.account)).toEqual([
      { kind: 'created', index: 0 },
      { kind: 'created', index: 0 },
    ])
  })

  it('never makes a company of a free-mail domain', () => {
    const { accounts } = plan([
      { email: 'cy@gmail.com' },
      { email: 'dee@yahoo.com', company: 'Gmail' },
    ])
    expect(accounts.creates).toEqual([])
    expect(accounts.links.size).toBe(0)
  })

  it('links by stored domain first, then by name, then by a strong fuzzy name', () => {
    const acme = account('a1', 'Acme', 'acme.com')
    const globex = account('a2', 'Globex', null)
    const northwind = account('a3', 'Northwind Traders International', null)
    const stored: StoredAccounts = {
      byDomain: new Map([['acme.com', acme]]),
      byNameKey: new Map([['globex', globex]]),
      similarByNameKey: new Map([['northwind traders internationl', [northwind]]]),
    }
    const { accounts } = plan(
      [
        { email: 'ana@acme.com', company: 'Something Else' },
        { email: 'bo@gmail.com', company: 'Globex Corp' },
        { email: 'cy@gmail.com', company: 'Northwind Traders Internationl' },
      ],
      stored,
    )
    expect([...accounts.links.values()].map((l) => l.account)).toEqual([
      { kind: 'stored', id: 'a1' },
      { kind: 'stored', id: 'a2' },
      { kind: 'stored', id: 'a3' },
    ])
    expect(accounts.creates).toEqual([])
  })

  it('leaves a stored person who already has an account where they are', () => {
    const person = storedPerson('p1', {
      email: 'ana@acme.com',
      emailNormalized: 'ana@acme.com',
      accountId: 'a9' as AccountId,
    })
    const { accounts } = plan([{ email: 'ana@acme.com', company: 'Acme' }], none, [person])
    expect(accounts.links.size).toBe(0)
    expect(accounts.creates).toEqual([])
  })
})
