import { describe, expect, it } from 'vitest'
import type { DispositionReport, FunnelReport } from '../api/api-types.ts'
import { toFlowGraph } from './flow-graph.ts'

const steps = [
  ['inquiry', 'mql'],
  ['mql', 'sal'],
  ['sal', 'sql'],
  ['sql', 'opportunity'],
  ['opportunity', 'won'],
]

const funnel = (entered: Record<string, number>): FunnelReport => ({
  from: '1900-01-01T00:00:00.000Z',
  to: '2026-12-02T00:00:00.000Z',
  by: null,
  total: {
    group: null,
    entered: Object.entries(entered).map(([stage, subjects]) => ({ stage, subjects })),
    conversions: steps.map(([from = '', to = '']) => ({
      from,
      to,
      cohort: 0,
      reached: 0,
      rate: { value: null },
    })),
  },
  groups: [],
})

const exits = (stages: DispositionReport['stages']): DispositionReport => ({
  from: '1900-01-01T00:00:00.000Z',
  to: '2026-12-02T00:00:00.000Z',
  withoutKnownReason: 0,
  stages,
})

const reason = (reasonCode: string | null, label: string | null, moves: number) => ({
  reasonCode,
  label,
  moves,
  share: { value: 1 },
  bySource: [],
  notes: [],
})

describe('where leads went', () => {
  it('Olist after one rejection: MQL to won, one recycled as unreachable, the rest still open', () => {
    const graph = toFlowGraph(
      funnel({ mql: 8000, won: 842 }),
      exits([{ stage: 'nurture', moves: 1, reasons: [reason('unreachable', 'Unreachable', 1)] }]),
      new Map([['nurture', 'Nurture']]),
    )
    expect(graph.nodes.map((n) => n.name)).toEqual([
      'MQL',
      'Won',
      'Nurture: Unreachable',
      'MQL, no move yet',
    ])
    expect(graph.links).toEqual([
      { source: 0, target: 1, value: 842 },
      { source: 0, target: 2, value: 1 },
      { source: 0, target: 3, value: 7157 },
    ])
  })

  it('names a move without a code, and draws no empty flow', () => {
    const graph = toFlowGraph(
      funnel({ inquiry: 10, mql: 4 }),
      exits([
        { stage: 'disqualified', moves: 6, reasons: [reason(null, null, 6)] },
        { stage: 'lost', moves: 0, reasons: [reason('price', 'Price', 0)] },
      ]),
    )
    expect(graph.nodes.map((n) => n.name)).toEqual([
      'Inquiry',
      'MQL',
      'Disqualified: no reason given',
    ])
    expect(graph.links).toEqual([
      { source: 0, target: 1, value: 4 },
      { source: 0, target: 2, value: 6 },
    ])
  })

  it('is empty when nobody entered the funnel', () => {
    expect(toFlowGraph(funnel({}), exits([]))).toEqual({ nodes: [], links: [] })
  })
})
