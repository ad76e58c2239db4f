import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { matchesIdealCustomer } from './matches-ideal-customer.ts'

// The fixture's profile: Software, US, 50 to 5,000 employees.
const profiles = agreementFixture().idealCustomerProfiles

describe('matchesIdealCustomer', () => {
  it.each([
    [
      'every stated criterion holds (case-insensitive)',
      { industry: 'software', country: 'US', employeeCount: 50 },
      true,
    ],
    ['another industry', { industry: 'Retail', country: 'US', employeeCount: 500 }, false],
    ['too large', { industry: 'Software', country: 'US', employeeCount: 5001 }, false],
    ['an unknown size fails a stated size', { industry: 'Software', country: 'US' }, false],
  ] as const)('%s', (_rule, account, expected) => {
    expect(matchesIdealCustomer(profiles, account)).toBe(expected)
  })

  it('matches nothing without profiles', () => {
    expect(matchesIdealCustomer([], { industry: 'Software' })).toBe(false)
  })
})
