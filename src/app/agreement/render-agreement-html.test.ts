import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { renderAgreementHtml } from './render-agreement-html.ts'

const meta = {
  version: 3,
  status: 'draft',
  effectiveFrom: new Date('2026-01-01T00:00:00Z'),
} as const

describe('renderAgreementHtml', () => {
  it('produces a standalone HTML5 page with charset, viewport, title and a stylesheet', () => {
    const html = renderAgreementHtml(agreementFixture(), meta)
    expect(
      html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toContain('<title>Acme sales and marketing agreement (version 3)</title>')
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/)
    expect(html.trimEnd().endsWith('</main>\n</body>\n</html>')).toBe(true)
    for (const tag of ['html', 'head', 'body', 'main', 'style', 'title']) {
      expect(html.split(`<${tag}`).length, tag).toBe(html.split(`</${tag}>`).length)
    }
  })

  it('renders the title and the ten section headings in order', () => {
    const html = renderAgreementHtml(agreementFixture(), meta)
    expect(html).toContain('<h1>Acme sales and marketing agreement</h1>')
    const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1])
    expect(headings).toEqual([
      '1. Purpose',
      '2. Definitions',
      '3. Lead scoring model',
      '4. Lead response process and timeline',
      '5. Nurturing program',
      '6. Metrics and goals',
      '7. Responsibilities',
      '8. Review period',
      '9. Term',
      '10. Acceptance',
    ])
  })

  it('renders tables and keeps escaped pipes inside their cell', () => {
    const agreement = agreementFixture()
    const html = renderAgreementHtml(
      { ...agreement, reasonCodes: [{ code: 'bad|data', label: 'Bad', noteRequired: false }] },
      meta,
    )
    expect(html).toContain('<td>bad|data</td>')
    expect(html).toContain('<th>Code</th>')
  })

  it.each([
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an event handler', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a javascript link', '[click](javascript:alert(1))', '[click](javascript:alert(1))'],
    ['an HTML entity', '&lt;b&gt;', '&amp;lt;b&amp;gt;'],
  ])('shows %s in user text as text instead of running it', (_, purpose, shown) => {
    const html = renderAgreementHtml({ ...agreementFixture(), purpose }, meta)
    expect(html).toContain(`<p>${shown}</p>`)
    expect(html).not.toMatch(/<script|<img|<a /)
  })

  it('escapes the agreement name in the page title', () => {
    const html = renderAgreementHtml(
      { ...agreementFixture(), name: '</title><script>x</script>' },
      {},
    )
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>')
    expect(html).not.toContain('<script')
  })
})
