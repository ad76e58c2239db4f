import { describe, expect, it } from 'vitest'
import { cleanAccount } from './clean-account.ts'
import { planAccountUpsert } from './plan-account-upsert.ts'
import type { CleanAccount, StoredAccount } from './types.ts'

function clean(input: Parameters<typeof cleanAccount>[0]): CleanAccount {
  const result = cleanAccount(input)
  if (result.kind !== 'clean') throw new Error(result.message)
  return result.account
}

function stored(account: CleanAccount, id = 'a1', parentId: string | null = null): StoredAccount {
  const { parentName: _name, parentKey: _key, ...fields } = account
  return { ...fields, id, parentId }
}

describe('planAccountUpsert', () => {
  const row = clean({ name: 'Acme', industry: 'retail', employeeCount: 10, country: 'FR' })

  it('creates an account nothing matched', () => {
    expect(planAccountUpsert(row, null, undefined)).toEqual({ kind: 'create' })
  })

  it('changes nothing when the same row comes again', () => {
    expect(planAccountUpsert(row, null, stored(row))).toEqual({ kind: 'unchanged', id: 'a1' })
  })

  it('overwrites firmographics the file gives, and never erases with a blank', () => {
    const now = clean({ name: 'Acme', employeeCount: 12 })
    expect(planAccountUpsert(now, 'p1', stored(row))).toEqual({
      kind: 'update',
      id: 'a1',
      changes: { employeeCount: 12, parentId: 'p1' },
    })
  })

  it('fills a missing source id and domain but never replaces them (they are matching keys)', () => {
    const keyed = clean({ name: 'Acme', externalId: 'crm-1', domain: 'acme.com' })
    expect(planAccountUpsert(keyed, null, stored(row))).toMatchObject({
      changes: { externalId: 'crm-1', domain: 'acme.com' },
    })
    const other = clean({ name: 'Acme', externalId: 'crm-2', domain: 'acme.org' })
    expect(planAccountUpsert(other, null, stored(keyed))).toEqual({ kind: 'unchanged', id: 'a1' })
  })

  it('adds new properties to the stored ones', () => {
    const withYear = clean({ name: 'Acme', properties: { year_established: '1996' } })
    const was = stored(clean({ name: 'Acme', properties: { office: 'Paris' } }))
    expect(planAccountUpsert(withYear, null, was)).toMatchObject({
      changes: { properties: { office: 'Paris', year_established: '1996' } },
    })
  })
})
