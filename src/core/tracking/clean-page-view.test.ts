import { describe, expect, it } from 'vitest'
import { cleanPageView } from './clean-page-view.ts'

const visitorId = 'v_0123456789abcdef'

describe('cleanPageView', () => {
  it.each([
    {
      rule: 'keeps URL, referrer and title; drops the fragment',
      input: {
        visitorId,
        url: 'https://www.acme.com/pricing#plans',
        referrer: 'https://www.google.com/',
        title: ' Pricing \n | Acme ',
      },
      out: {
        url: 'https://www.acme.com/pricing',
        referrer: 'https://www.google.com/',
        title: 'Pricing | Acme',
        companyDomain: null,
      },
    },
    {
      rule: 'drops an unreadable referrer as browsers do',
      input: { visitorId, url: 'https://acme.com/', referrer: 'android-app://com.slack' },
      out: { referrer: null, title: null },
    },
    {
      rule: 'takes a corporate company domain at its registrable form',
      input: { visitorId, url: 'https://acme.com/', companyDomain: 'www.Globex.co.uk' },
      out: { companyDomain: 'globex.co.uk' },
    },
    {
      rule: 'never attributes a free-mail domain',
      input: { visitorId, url: 'https://acme.com/', companyDomain: 'gmail.com' },
      out: { companyDomain: null },
    },
    {
      rule: 'cuts a long title to 300 characters',
      input: { visitorId, url: 'https://acme.com/', title: 'x'.repeat(400) },
      out: { title: 'x'.repeat(300) },
    },
  ])('$rule', ({ input, out }) => {
    expect(cleanPageView(input)).toMatchObject({ visitorId, ...out })
  })

  it.each([
    {
      why: 'a short visitor id',
      input: { visitorId: 'abc', url: 'https://acme.com/' },
      field: 'visitorId',
    },
    {
      why: 'a visitor id with spaces',
      input: { visitorId: 'v 0123456789abcdef', url: 'https://acme.com/' },
      field: 'visitorId',
    },
    { why: 'a relative URL', input: { visitorId, url: '/pricing' }, field: 'url' },
    { why: 'a javascript: URL', input: { visitorId, url: 'javascript:alert(1)' }, field: 'url' },
    {
      why: 'a URL over 2,000 characters',
      input: { visitorId, url: `https://acme.com/${'a'.repeat(2000)}` },
      field: 'url',
    },
  ])('refuses $why naming the field', ({ input, field }) => {
    expect(() => cleanPageView(input)).toThrow(
      expect.objectContaining({ code: 'request.invalid', details: { field } }),
    )
  })
})
