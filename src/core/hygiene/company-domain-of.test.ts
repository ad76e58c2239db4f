import { describe, expect, it } from 'vitest'
import { companyDomainOf } from './company-domain-of.ts'

describe('companyDomainOf', () => {
  it.each([
    { website: 'www.acme.co.uk/about', domain: 'acme.co.uk' },
    { website: 'https://WWW.Acme.com:8443/pricing?utm=x', domain: 'acme.com' },
    { website: 'acme.com', domain: 'acme.com' },
    { website: 'http://shop.acme.com.br', domain: 'acme.com.br' },
    { website: 'acme.co.jp/', domain: 'acme.co.jp' },
    { website: 'acme.github.io', domain: 'acme.github.io' },
    { website: 'bücher.de', domain: 'bücher.de' },
  ])('takes the registrable domain of the website $website', ({ website, domain }) => {
    expect(companyDomainOf({ website })).toEqual({ domain, from: 'website' })
  })

  it('prefers the website to the email domain', () => {
    expect(companyDomainOf({ website: 'acme.com', email: 'ana@acme-group.de' })).toEqual({
      domain: 'acme.com',
      from: 'website',
    })
  })

  it.each([
    { email: 'ana@acme.com', domain: 'acme.com' },
    { email: 'Ana.Lima@Mail.Acme.co.uk', domain: 'acme.co.uk' },
    { email: 'ana+x@eu.acme.com.br', domain: 'acme.com.br' },
  ])('takes the registrable domain of the work email $email', ({ email, domain }) => {
    expect(companyDomainOf({ email })).toEqual({ domain, from: 'email' })
  })

  it.each([
    { case: 'a social profile', website: 'https://www.linkedin.com/company/acme' },
    { case: 'a link hub', website: 'linktr.ee/acme' },
    { case: 'a blank', website: '  ' },
    { case: 'a placeholder', website: 'N/A' },
    { case: 'an IP address', website: 'http://10.0.0.1/' },
  ])('falls back to the work email when the website is $case', ({ website }) => {
    expect(companyDomainOf({ website, email: 'ana@acme.io' })).toEqual({
      domain: 'acme.io',
      from: 'email',
    })
  })

  it.each([
    { email: 'ana@gmail.com', reason: 'free_mail' },
    { email: 'ana@yahoo.co.uk', reason: 'free_mail' },
    { email: 'ana@hotmail.com', reason: 'free_mail' },
    { email: 'ana@mailinator.com', reason: 'disposable' },
    { email: 'ana@yopmail.com', reason: 'disposable' },
    { email: 'ana@@acme.com', reason: 'invalid_email' },
  ])('derives no domain from $email ($reason)', ({ email, reason }) => {
    expect(companyDomainOf({ email })).toEqual({ domain: null, reason })
  })

  it.each([
    { case: 'nothing', lead: {}, reason: 'no_source' },
    { case: 'blanks', lead: { email: '', website: ' ' }, reason: 'no_source' },
    { case: 'a host with no suffix', lead: { website: 'localhost' }, reason: 'invalid_website' },
    { case: 'a bare word', lead: { website: 'acme' }, reason: 'invalid_website' },
    { case: 'an underscore', lead: { website: 'ac_me.com' }, reason: 'invalid_website' },
    {
      case: 'a profile link',
      lead: { website: 'facebook.com/acme' },
      reason: 'not_company_website',
    },
    {
      case: 'a profile link and a free-mail address',
      lead: { website: 'facebook.com/acme', email: 'ana@gmail.com' },
      reason: 'free_mail',
    },
  ])('explains why $case gives no domain', ({ lead, reason }) => {
    expect(companyDomainOf(lead)).toEqual({ domain: null, reason })
  })
})
