import { describe, expect, it } from 'vitest'
import { isAppError } from '../shared/index.ts'
import { toCidr } from './to-cidr.ts'

describe('toCidr', () => {
  it.each([
    { raw: '203.0.113.0/24', family: 4, text: '203.0.113.0/24' },
    { raw: ' 198.51.100.7 ', family: 4, text: '198.51.100.7/32' },
    { raw: '0.0.0.0/0', family: 4, text: '0.0.0.0/0' },
    { raw: '2001:DB8:0:0::/32', family: 6, text: '2001:db8::/32' },
    { raw: '::1', family: 6, text: '::1/128' },
  ])('reads $raw as $text', ({ raw, family, text }) => {
    expect(toCidr(raw)).toEqual({ family, text })
  })

  it.each([
    '256.0.0.1/8',
    '10.0.0/8',
    '10.0.0.0/33',
    '10.0.0.0/8/1',
    '10.0.0.0/x',
    'acme.com',
    '2001:db8::/129',
    '',
  ])('refuses %j with track.invalid_cidr', (raw) => {
    expect(() => toCidr(raw)).toThrow(/CIDR notation/)
    try {
      toCidr(raw)
    } catch (error) {
      expect(isAppError(error, 'track.invalid_cidr')).toBe(true)
    }
  })
})
