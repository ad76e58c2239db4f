import { describe, expect, it } from 'vitest'
import { pickBand } from './pick-band.ts'

const fitBands = [
  { name: 'A', atLeast: 30 },
  { name: 'B', atLeast: 15, below: 30 },
  { name: 'C', atLeast: 0, below: 15 },
  { name: 'D', below: 0 },
]

describe('pickBand', () => {
  it.each([
    [100, 'A'],
    [30, 'A'],
    [29.99, 'B'],
    [15, 'B'],
    [0, 'C'],
    [-0.01, 'D'],
    [-500, 'D'],
  ])('a fit of %s is band %s (atLeast <= points < below)', (points, band) => {
    expect(pickBand(fitBands, points)).toBe(band)
  })

  it('falls back to the band starting just below (or the lowest band) when an unvalidated model leaves a gap', () => {
    const gappy = [
      { name: 'high', atLeast: 50 },
      { name: 'low', atLeast: 0, below: 20 },
    ]
    expect(pickBand(gappy, 30)).toBe('low')
    expect(pickBand(gappy, -5)).toBe('low')
  })
})
