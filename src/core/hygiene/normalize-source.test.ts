import { describe, expect, it } from 'vitest'
import { normalizeSource } from './normalize-source.ts'

describe('normalizeSource', () => {
  it.each([
    // Every non-junk X Education "Lead Source" value, as exported.
    { raw: 'Google', source: 'google' },
    { raw: 'google', source: 'google' },
    { raw: 'Direct Traffic', source: 'direct traffic' },
    { raw: 'Olark Chat', source: 'olark chat' },
    { raw: 'Organic Search', source: 'organic search' },
    { raw: 'Reference', source: 'reference' },
    { raw: 'Welingak Website', source: 'welingak website' },
    { raw: 'Referral Sites', source: 'referral' },
    { raw: 'Facebook', source: 'facebook' },
    { raw: 'bing', source: 'bing' },
    { raw: 'Click2call', source: 'click2call' },
    { raw: 'Social Media', source: 'social media' },
    { raw: 'Live Chat', source: 'live chat' },
    { raw: 'Press_Release', source: 'press release' },
    { raw: 'blog', source: 'blog' },
    { raw: 'Pay per Click Ads', source: 'paid search' },
    { raw: 'WeLearn', source: 'welearn' },
    { raw: 'welearnblog_Home', source: 'welearnblog home' },
    { raw: 'youtubechannel', source: 'youtube' },
    { raw: 'NC_EDM', source: 'nc edm' },
    // Olist "origin" values.
    { raw: 'organic_search', source: 'organic search' },
    { raw: 'paid_search', source: 'paid search' },
    { raw: 'direct_traffic', source: 'direct traffic' },
    { raw: 'social', source: 'social media' },
    { raw: 'referral', source: 'referral' },
    { raw: 'other_publicities', source: 'other publicities' },
    // Aliases.
    { raw: 'Google Ads', source: 'google' },
    { raw: 'google-ads', source: 'google' },
    { raw: 'GOOGLE ADWORDS', source: 'google' },
    { raw: '  Organic   Search ', source: 'organic search' },
    { raw: 'SEO', source: 'organic search' },
    { raw: 'PPC', source: 'paid search' },
    { raw: '(direct) / (none)', source: 'direct traffic' },
    { raw: 'LinkedIn Ads', source: 'linkedin' },
    { raw: 'E-mail', source: 'email' },
    { raw: 'Testimonials page', source: 'testimonials page' },
  ])('reads "$raw" as "$source"', ({ raw, source }) => {
    expect(normalizeSource(raw)).toEqual({ source, junk: false })
  })

  it.each([
    'testone',
    'test',
    'Test',
    'TEST 1',
    'testing',
    'test lead',
    'asdf',
    'asdfgh',
    'qwerty',
    'xxx',
    'XXXX',
    'zzz',
    'dummy',
    'foo',
    'lorem ipsum',
    '12345',
  ])('marks %j as junk', (raw) => {
    expect(normalizeSource(raw).junk).toBe(true)
  })

  it.each(['', '   ', 'Select', 'unknown', 'N/A', '-', undefined])(
    'has no source for the blank or placeholder %j, and it is not junk',
    (raw) => {
      expect(normalizeSource(raw)).toEqual({ source: null, junk: false })
    },
  )
})
