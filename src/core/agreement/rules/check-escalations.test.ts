import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../../test/agreement-fixture.ts'
import { renderAgreementMarkdown } from '../render-agreement-markdown.ts'
import type { ClockEscalation } from '../types.ts'
import { checkEscalations } from './check-escalations.ts'

const withLadders = (escalations: readonly ClockEscalation[]) => ({
  ...agreementFixture(),
  escalations,
})

describe('checkEscalations', () => {
  it.each<[string, readonly ClockEscalation[], readonly [string, string, RegExp][]]>([
    ['no ladders is valid (the default applies)', [], []],
    [
      'a ladder in time order with a listed reason code is valid',
      [
        {
          clock: 'first_response',
          steps: [
            { afterBusinessMinutes: 0, action: 'remind_owner' },
            { afterBusinessMinutes: 0, action: 'notify_manager' },
            { afterBusinessMinutes: 240, action: 'recycle', reasonCode: 'unreachable' },
          ],
        },
      ],
      [],
    ],
    [
      'steps out of time order',
      [
        {
          clock: 'first_response',
          steps: [
            { afterBusinessMinutes: 60, action: 'remind_owner' },
            { afterBusinessMinutes: 30, action: 'notify_manager' },
          ],
        },
      ],
      [['error', 'escalations.0.steps.1.afterBusinessMinutes', /before the step above it/]],
    ],
    [
      'an unknown reason code',
      [
        {
          clock: 'recycle',
          steps: [{ afterBusinessMinutes: 0, action: 'recycle', reasonCode: 'aged' }],
        },
      ],
      [['error', 'escalations.0.steps.0.reasonCode', /"aged" is not in reasonCodes/]],
    ],
    [
      'a reason code on a step that records no stage change',
      [
        {
          clock: 'recycle',
          steps: [{ afterBusinessMinutes: 0, action: 'take_back', reasonCode: 'other' }],
        },
      ],
      [['error', 'escalations.0.steps.0.reasonCode', /never used/]],
    ],
    [
      'steps after a recycle',
      [
        {
          clock: 'recycle',
          steps: [
            { afterBusinessMinutes: 0, action: 'recycle' },
            { afterBusinessMinutes: 10, action: 'notify_manager' },
          ],
        },
      ],
      [['warning', 'escalations.0.steps.0', /never run/]],
    ],
    [
      'a ladder for a clock that never runs',
      [{ clock: 'takeback', steps: [{ afterBusinessMinutes: 0, action: 'take_back' }] }],
      [['warning', 'escalations.0.clock', /no clock of that kind runs/]],
    ],
    [
      'two ladders for one kind',
      [
        { clock: 'recycle', steps: [{ afterBusinessMinutes: 0, action: 'remind_owner' }] },
        { clock: 'recycle', steps: [{ afterBusinessMinutes: 0, action: 'notify_manager' }] },
      ],
      [['error', 'escalations.1.clock', /a second recycle ladder/]],
    ],
  ])('%s', (_rule, ladders, expected) => {
    const found = checkEscalations(withLadders(ladders)).map((f) => [
      f.severity,
      f.path.join('.'),
      f.message,
    ])
    expect(found).toHaveLength(expected.length)
    expected.forEach(([severity, path, message], index) => {
      expect(found[index]?.[0]).toBe(severity)
      expect(found[index]?.[1]).toBe(path)
      expect(found[index]?.[2]).toMatch(message)
    })
  })

  it('renders every clock ladder in the document, the default where none is listed', () => {
    const markdown = renderAgreementMarkdown(
      withLadders([
        {
          clock: 'first_response',
          steps: [
            { afterBusinessMinutes: 0, action: 'remind_owner' },
            { afterBusinessMinutes: 240, action: 'take_back' },
          ],
        },
      ]),
      {},
    )
    expect(markdown).toContain('### 4.5 Escalation')
    expect(markdown).toContain(
      'When the first-response clock is breached: at the breach, the owner is reminded; 240 business minutes after the breach, the lead is taken back from its owner to the SDR pool.',
    )
    expect(markdown).toContain(
      "When the recycle clock is breached: at the breach, the owner is reminded; 60 business minutes after the breach, the owner's manager is notified.",
    )
    expect(markdown).toContain('or when a call, email_sent or meeting_held is recorded for it')
  })
})
