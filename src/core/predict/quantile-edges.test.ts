import { describe, expect, it } from 'vitest'
import { binOf, quantileEdges } from './quantile-edges.ts'

const sorted = (values: number[]) => Float64Array.from(values).sort()

describe('quantileEdges', () => {
  it('keeps every distinct value but the largest as an edge when there are few', () => {
    expect(quantileEdges(sorted([3, 1, 2, 2, 3, 1]), 64)).toEqual([1, 2])
  })

  it('cuts many values into at most `bins` bins of similar counts', () => {
    const values = sorted(Array.from({ length: 1000 }, (_, index) => index))
    const edges = quantileEdges(values, 4)
    expect(edges).toEqual([249, 499, 749])
  })

  it('never repeats an edge when one value dominates', () => {
    const values = sorted([
      ...Array.from({ length: 900 }, () => 0),
      ...Array.from({ length: 100 }, (_, i) => i + 1),
    ])
    const edges = quantileEdges(values, 8)
    expect(new Set(edges).size).toBe(edges.length)
    expect(edges[0]).toBe(0)
  })

  it('gives no edge to an empty or single-valued column', () => {
    expect(quantileEdges(sorted([]), 8)).toEqual([])
    expect(quantileEdges(sorted([5, 5, 5]), 8)).toEqual([])
  })
})

describe('binOf', () => {
  it.each([
    { value: -10, bin: 1 },
    { value: 1, bin: 1 },
    { value: 1.5, bin: 2 },
    { value: 2, bin: 2 },
    { value: 3, bin: 3 },
    { value: 99, bin: 3 },
  ])('puts $value in bin $bin of edges [1, 2]', ({ value, bin }) => {
    expect(binOf([1, 2], value)).toBe(bin)
  })
})
