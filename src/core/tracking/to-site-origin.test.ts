import { describe, expect, it } from 'vitest'
import { isAppError } from '../shared/index.ts'
import { toSiteOrigin } from './to-site-origin.ts'

describe('toSiteOrigin', () => {
  it.each([
    { raw: 'https://www.acme.com', origin: 'https://www.acme.com' },
    { raw: ' HTTPS://Www.Acme.COM/ ', origin: 'https://www.acme.com' },
    { raw: 'https://acme.com:443', origin: 'https://acme.com' },
    { raw: 'http://localhost:8080', origin: 'http://localhost:8080' },
    { raw: 'https://bücher.de', origin: 'https://xn--bcher-kva.de' },
  ])('writes $raw as the browser sends it: $origin', ({ raw, origin }) => {
    expect(toSiteOrigin(raw)).toBe(origin)
  })

  it.each([
    { raw: 'www.acme.com', why: 'does not parse' },
    { raw: 'ftp://acme.com', why: 'scheme' },
    { raw: 'https://acme.com/pricing', why: 'no path' },
    { raw: 'https://acme.com?x=1', why: 'no path' },
    { raw: 'https://ana@acme.com', why: 'user name' },
  ])('refuses $raw ($why) with track.invalid_origin', ({ raw, why }) => {
    try {
      toSiteOrigin(raw)
      expect.unreachable()
    } catch (error) {
      expect(isAppError(error, 'track.invalid_origin')).toBe(true)
      expect((error as Error).message).toContain(why)
    }
  })
})
