import { describe, expect, it } from 'vitest'
import { profileLookalikes } from './profile-lookalikes.ts'
import type { LookalikeAccount } from './types.ts'

const account = (name: string, industry: string | null, employees: number | null) => ({
  id: name,
  name,
  values: { industry, employees },
})

// Best customers are large software firms, worst are small retailers; country-free on purpose.
const accounts: LookalikeAccount[] = [
  account('Acme Soft', 'software', 900),
  account('Byte Works', 'Software', 1200),
  account('Cloudy', 'software', 700),
  account('Dime Store', 'retail', 12),
  account('Corner Shop', 'retail', 8),
  account('Tiny Mart', 'retail', 30),
  account('Next Soft', 'software', 1000),
  account('Next Shop', 'retail', 10),
  account('Unknown Co', null, null),
]
const lists = {
  best: ['acme soft', 'Byte Works', 'Cloudy'],
  worst: ['Dime Store', 'Corner Shop', 'Tiny Mart', 'Gone Ltd'],
}

describe('profileLookalikes', () => {
  const profile = profileLookalikes(accounts, lists, ['industry', 'employees'])

  it('matches listed names case-insensitively and names the ones it cannot find', () => {
    expect([profile.best, profile.worst]).toEqual([3, 3])
    expect(profile.unmatched).toEqual(['Gone Ltd'])
  })

  it('finds that industry separates the lists completely and gives software a lift above 1', () => {
    const industry = profile.features.find((f) => f.feature === 'industry')
    expect(industry?.separation).toBe(1)
    expect(industry?.levels[0]).toMatchObject({ level: 'software', best: 3, worst: 0 })
    expect(industry?.levels[0]?.lift).toBeGreaterThan(1)
    expect(industry?.levels.at(-1)).toMatchObject({ level: 'retail', best: 0, worst: 3 })
  })

  it('ranks the other accounts: a software firm first, a retailer last, an unknown in between', () => {
    expect(profile.ranked.map((r) => r.name)).toEqual(['Next Soft', 'Unknown Co', 'Next Shop'])
    const [first, middle, last] = profile.ranked
    expect(first?.similarity).toBeGreaterThan(0.9)
    expect(middle?.similarity).toBeCloseTo(0.5, 5)
    expect(last?.similarity).toBeLessThan(0.1)
    expect(first?.reasons[0]).toMatch(/software \(lift \d/)
  })

  it('refuses lists that name no known account', () => {
    expect(() =>
      profileLookalikes(accounts, { best: ['Nobody'], worst: ['Dime Store'] }, ['industry']),
    ).toThrow(/bestCustomers names an account/)
  })
})
