import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { diffAgreements, formatAgreementChanges, type AgreementChange } from './diff-agreements.ts'
import type { Agreement } from './types.ts'

const base = agreementFixture()
const budget = { code: 'budget', label: 'No budget', noteRequired: false }

const cases: readonly {
  readonly rule: string
  readonly after: (a: Agreement) => Agreement
  readonly changes: readonly AgreementChange[]
}[] = [
  { rule: 'identical agreements have no differences', after: (a) => a, changes: [] },
  {
    rule: 'a changed number is reported with its before and after values',
    after: (a) => ({
      ...a,
      responseTargets: a.responseTargets.map((t) =>
        t.priority === 'hot' ? { ...t, withinBusinessHours: 2 } : t,
      ),
    }),
    changes: [
      {
        path: ['responseTargets', 'hot', 'withinBusinessHours'],
        kind: 'changed',
        before: 1,
        after: 2,
      },
    ],
  },
  {
    rule: 'an added reason code is matched by its code, wherever it is inserted',
    after: (a) => ({ ...a, reasonCodes: [budget, ...a.reasonCodes] }),
    changes: [{ path: ['reasonCodes', 'budget'], kind: 'added', after: budget }],
  },
  {
    rule: 'a removed reason code is matched by its code, not by position',
    after: (a) => ({ ...a, reasonCodes: a.reasonCodes.filter((c) => c.code !== 'unreachable') }),
    changes: [
      {
        path: ['reasonCodes', 'unreachable'],
        kind: 'removed',
        before: { code: 'unreachable', label: 'Unreachable', noteRequired: false },
      },
    ],
  },
  {
    rule: 'reordered funnel stages are no change',
    after: (a) => ({ ...a, funnel: { ...a.funnel, stages: [...a.funnel.stages].reverse() } }),
    changes: [],
  },
  {
    rule: 'a stage property change is located by the canonical stage',
    after: (a) => ({
      ...a,
      funnel: {
        ...a.funnel,
        stages: a.funnel.stages.map((s) =>
          s.canonical === 'mql' ? { ...s, name: 'Conversation Lead' } : s,
        ),
      },
    }),
    changes: [
      {
        path: ['funnel', 'stages', 'mql', 'name'],
        kind: 'changed',
        before: 'MQL',
        after: 'Conversation Lead',
      },
    ],
  },
  {
    rule: 'primitive arrays report added and removed items, ignoring order',
    after: (a) => ({
      ...a,
      funnel: {
        ...a.funnel,
        transitions: a.funnel.transitions.map((t) =>
          t.from === 'inquiry' ? { ...t, to: ['nurture', 'mql', 'sal'] } : t,
        ),
      },
    }),
    changes: [
      { path: ['funnel', 'transitions', 'inquiry', 'to'], kind: 'removed', before: 'disqualified' },
      { path: ['funnel', 'transitions', 'inquiry', 'to'], kind: 'added', after: 'sal' },
    ],
  },
  {
    rule: 'nurture touch months are compared as a list',
    after: (a) => ({
      ...a,
      nurturePrograms: [{ name: 'Recycled leads', touchMonths: [1, 3, 6, 12, 18] }],
    }),
    changes: [
      { path: ['nurturePrograms', 'Recycled leads', 'touchMonths'], kind: 'removed', before: 9 },
      { path: ['nurturePrograms', 'Recycled leads', 'touchMonths'], kind: 'added', after: 18 },
    ],
  },
  {
    rule: 'clocks are matched by kind and starting stage',
    after: (a) => ({
      ...a,
      clocks: a.clocks.map((c) => (c.kind === 'recycle' ? { ...c, stopsOn: ['sql'] } : c)),
    }),
    changes: [
      { path: ['clocks', 'recycle:sal', 'stopsOn'], kind: 'removed', before: 'nurture' },
      { path: ['clocks', 'recycle:sal', 'stopsOn'], kind: 'removed', before: 'disqualified' },
    ],
  },
  {
    rule: 'conversion goals are matched by from and to stages',
    after: (a) => ({
      ...a,
      goals: { ...a.goals, conversions: [{ from: 'mql', to: 'sql', targetPct: 85 }] },
    }),
    changes: [
      {
        path: ['goals', 'conversions', 'mql:sql', 'targetPct'],
        kind: 'changed',
        before: 90,
        after: 85,
      },
    ],
  },
  {
    rule: 'an optional property that appears or disappears is added or removed',
    after: (a) => ({ ...a, term: { startsOn: a.term.startsOn } }),
    changes: [{ path: ['term', 'endsOn'], kind: 'removed', before: '2026-12-31' }],
  },
  {
    rule: 'arrays of objects without a natural key are matched by position',
    after: (a) => ({
      ...a,
      cadences: [{ name: 'Tier A', tier: 'A', steps: [{ channel: 'call', afterBusinessDays: 0 }] }],
    }),
    changes: [
      {
        path: ['cadences', 'Tier A', 'steps', 1],
        kind: 'removed',
        before: { channel: 'email', afterBusinessDays: 1 },
      },
      {
        path: ['cadences', 'Tier A', 'steps', 2],
        kind: 'removed',
        before: { channel: 'voicemail', afterBusinessDays: 3 },
      },
    ],
  },
]

describe('diffAgreements', () => {
  it.each(cases)('$rule', ({ after, changes }) => {
    expect(diffAgreements(base, after(agreementFixture()))).toEqual(changes)
  })

  it('falls back to positions when a keyed array has duplicate keys', () => {
    const after = { ...base, reasonCodes: [...base.reasonCodes, { ...budget, code: 'other' }] }
    expect(diffAgreements(base, after)).toEqual([
      { path: ['reasonCodes', 4], kind: 'added', after: { ...budget, code: 'other' } },
    ])
  })
})

describe('formatAgreementChanges', () => {
  it.each([
    { changes: [], text: 'no differences' },
    {
      changes: [
        {
          path: ['responseTargets', 'hot', 'withinBusinessHours'],
          kind: 'changed',
          before: 1,
          after: 2,
        },
      ],
      text: '~ responseTargets[hot].withinBusinessHours: 1 -> 2',
    },
    {
      changes: [{ path: ['reasonCodes', 'budget'], kind: 'added', after: budget }],
      text: '+ reasonCodes[budget]: {"code":"budget","label":"No budget","noteRequired":false}',
    },
    {
      changes: [
        { path: ['funnel', 'stages', 'sal'], kind: 'removed', before: { canonical: 'sal' } },
      ],
      text: '- funnel.stages[sal]',
    },
    {
      changes: [
        { path: ['funnel', 'transitions', 'inquiry', 'to'], kind: 'removed', before: 'mql' },
      ],
      text: '- funnel.transitions[inquiry].to: "mql"',
    },
    {
      changes: [
        {
          path: ['cadences', 'Tier A', 'steps', 1, 'channel'],
          kind: 'changed',
          before: 'email',
          after: 'call',
        },
      ],
      text: '~ cadences[Tier A].steps[1].channel: "email" -> "call"',
    },
    {
      changes: [
        { path: ['purpose'], kind: 'changed', before: 'a', after: 'b' },
        {
          path: ['goals', 'conversions', 'mql:sql', 'targetPct'],
          kind: 'changed',
          before: 90,
          after: 85,
        },
      ],
      text: '~ purpose: "a" -> "b"\n~ goals.conversions[mql:sql].targetPct: 90 -> 85',
    },
  ] satisfies { changes: AgreementChange[]; text: string }[])(
    'formats $text',
    ({ changes, text }) => {
      expect(formatAgreementChanges(changes)).toBe(text)
    },
  )

  it('formats a real diff one line per change', () => {
    const after = {
      ...base,
      reasonCodes: [...base.reasonCodes, budget],
      review: { ...base.review, thenEveryMonths: 6 },
    }
    expect(formatAgreementChanges(diffAgreements(base, after))).toBe(
      [
        '+ reasonCodes[budget]: {"code":"budget","label":"No budget","noteRequired":false}',
        '~ review.thenEveryMonths: 3 -> 6',
      ].join('\n'),
    )
  })
})
