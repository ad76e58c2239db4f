import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { renderAgreementMarkdown, type RenderMeta } from './render-agreement-markdown.ts'
import type { Agreement } from './types.ts'

const meta: RenderMeta = {
  version: 3,
  status: 'draft',
  effectiveFrom: new Date('2026-01-01T00:00:00.000Z'),
}

const render = (agreement: Agreement = agreementFixture(), renderMeta: RenderMeta = meta): string =>
  renderAgreementMarkdown(agreement, renderMeta)

const sections = [
  '## 1. Purpose',
  '## 2. Definitions',
  '## 3. Lead scoring model',
  '## 4. Lead response process and timeline',
  '## 5. Nurturing program',
  '## 6. Metrics and goals',
  '## 7. Responsibilities',
  '## 8. Review period',
  '## 9. Term',
  '## 10. Acceptance',
]

describe('renderAgreementMarkdown', () => {
  it('follows the seed-001 outline: title, status line, then the ten sections in order', () => {
    const markdown = render()
    const lines = markdown.split('\n')
    expect(lines[0]).toBe('# Acme sales and marketing agreement')
    expect(markdown).toContain(
      '**Version:** 3 · **Status:** draft · **Effective from:** 2026-01-01',
    )
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(sections)
  })

  it('says when the version is not numbered or in force yet', () => {
    expect(render(agreementFixture(), {})).toContain(
      '**Version:** not numbered yet · **Status:** draft · **Effective from:** not set',
    )
  })

  it.each([
    ['the funnel mapping', '| SQO | opportunity | Sales | — |'],
    ['allowed transitions in words', '- From SQL a lead may move to SQO (opportunity) or Nurture.'],
    ['final stages', '- Won is final: no further stage changes.'],
    ['opportunity probabilities', '| Negotiation | 80% | open |'],
    [
      'ideal customer profile',
      '- Account: industries Software; countries US; 50 to 5,000 employees.',
    ],
    ['required fields', '- Required fields: name, company, website, area of interest and email.'],
    ['the score threshold', '- A lead enters MQL at a score of 60 or more.'],
    [
      'the qualification rule',
      'The SDR confirms at least 2 of the 4 BANT criteria (budget, authority, need and timeline)',
    ],
    ['the handoff score', 'when its total score reaches 60 points'],
    ['the scoring review cadence', 'review the scoring model against outcomes every 30 days'],
    [
      'the hot response target',
      '**hot** (score 80 or more): first response within 1 business hour.',
    ],
    ['the warm response target', 'first response within 24 business hours.'],
    ['the time zone', 'counted in the America/New_York time zone'],
    ['working hours per weekday', '- Monday: 09:00 to 17:00'],
    ['closed weekdays', '- Saturday: closed'],
    ['the holiday country', 'Public holidays of US are not business days.'],
    ['extra closed days', 'Also closed: 2026-12-24.'],
    [
      'the follow-up cadence',
      '**Tier A** (account tier A): call on business day 0, email on business day 1 and voicemail on business day 3.',
    ],
    [
      'the status-update rule',
      'Sales updates the CRM status within 1 business day of a first meeting.',
    ],
    ['the recycle rule', 'not qualified it within 30 days, the lead goes back to the SDR.'],
    [
      'a clock',
      'The first-response clock starts when a lead enters MQL and stops when it enters SAL, Nurture or Disqualified',
    ],
    [
      'the nurture touches',
      '**Recycled leads**: touches at months 1, 3, 6, 9 and 12 after enrollment.',
    ],
    ['a reason code row', '| non_compliant | Non-compliant with the agreement | yes | — |'],
    ['the conversion goal', '- MQL to SQL conversion: at least 90%.'],
    ['the response compliance goal', 'within the agreed response time: at least 95%.'],
    ['the activity goal', '- Sales development (SDR): 8 conversations per day.'],
    ['a responsibility', '- Call every hot MQL within one business hour'],
    ['the review period', 'first review 90 days after rollout, then every 3 months.'],
    ['the term', 'This agreement runs from 2026-01-01 to 2026-12-31.'],
  ])('states %s in words', (_, text) => {
    expect(render()).toContain(text)
  })

  it('promises only the exit criteria a clock enforces', () => {
    const takeBack =
      'If sales has not set a meeting within 8 business days, the SDR takes the lead back.'
    const resolution = 'The SDR resolves each MQL within 15 business days.'
    expect(render()).not.toContain(takeBack)
    expect(render()).not.toContain(resolution)
    const base = agreementFixture()
    const enforced = {
      ...base,
      clocks: [
        ...base.clocks,
        { kind: 'takeback' as const, startsOn: 'sal' as const, stopsOn: ['sql' as const] },
        { kind: 'resolution' as const, startsOn: 'mql' as const, stopsOn: ['sal' as const] },
      ],
    }
    expect(render(enforced)).toContain(takeBack)
    expect(render(enforced)).toContain(resolution)
  })

  it('leaves a blank date line for each side that has not signed', () => {
    const markdown = render()
    expect(markdown).toContain('- **Marketing:** Maria Marketing, VP Marketing — ____ (date)')
    expect(markdown).toContain('- **Sales:** Sam Sales, VP Sales — ____ (date)')
  })

  it('prints the UTC signature date for a side that has signed, matching the email case-insensitively', () => {
    const markdown = render(agreementFixture(), {
      ...meta,
      status: 'signed',
      signatures: [
        {
          side: 'sales',
          signerName: 'Sam Sales',
          signerEmail: 'SAM@acme.com',
          signedAt: new Date('2026-01-05T23:30:00-05:00'),
        },
      ],
    })
    expect(markdown).toContain('- **Sales:** Sam Sales, VP Sales — signed 2026-01-06')
    expect(markdown).toContain('- **Marketing:** Maria Marketing, VP Marketing — ____ (date)')
  })

  it('escapes pipes so user text cannot break a table row', () => {
    const agreement = agreementFixture()
    const markdown = render({
      ...agreement,
      reasonCodes: [{ code: 'bad|data', label: 'Bad | wrong data', noteRequired: true }],
    })
    expect(markdown).toContain('| bad\\|data | Bad \\| wrong data | yes | — |')
  })

  it.each([
    ['emphasis', '*bold* claim', '\\*bold\\* claim'],
    ['links', '[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['raw HTML', '<b>hi</b>', '\\<b\\>hi\\</b\\>'],
    ['a heading at line start', '# Not a heading', '\\# Not a heading'],
    ['a list at line start', '- not a list', '\\- not a list'],
    ['an ordered list at line start', '1. not a list', '1\\. not a list'],
    ['line breaks', 'one\n\n\ntwo', 'one\n\ntwo'],
  ])('escapes %s in user text', (_, purpose, expected) => {
    const markdown = render({ ...agreementFixture(), purpose })
    expect(markdown).toContain(`## 1. Purpose\n\n${expected}\n\n## 2. Definitions`)
  })

  it('names the priority and team a cadence is for', () => {
    const steps = [{ channel: 'call', afterBusinessDays: 0 }] as const
    const markdown = render({
      ...agreementFixture(),
      cadences: [{ name: 'Hot sellers', tier: 'A', priority: 'hot', team: 'sales', steps }],
    })
    expect(markdown).toContain(
      '**Hot sellers** (account tier A, hot leads, sellers): call on business day 0.',
    )
  })

  it('is deterministic', () => {
    expect(render()).toBe(render())
  })
})
