import { describe, expect, it } from 'vitest'
import { compareSalesModels, type SalesModel } from './compare-sales-models.ts'

// Seed 003's two models, with rep minutes made up for the arithmetic.
const sdrFiltered: SalesModel = {
  name: 'sdr-filtered',
  qualifyRate: { low: 0.1, high: 0.15 },
  work: [
    { team: 'sdr', per: 'inquiry', hours: 0.5 },
    { team: 'ae', per: 'qualified', hours: 2 },
  ],
}
const directQuality: SalesModel = {
  name: 'direct-quality',
  qualifyRate: { low: 0.25, high: 1 / 3 },
  work: [
    { team: 'ae', per: 'inquiry', hours: 0.75 },
    { team: 'ae', per: 'qualified', hours: 2 },
  ],
}

describe('compareSalesModels', () => {
  it('shows inquiries and rep hours for SDR-filtered volume vs direct sales on quality', () => {
    const [sdr, direct] = compareSalesModels([sdrFiltered, directQuality], 320)
    // 320 / 0.10 = 3,200 inquiries to plan for; 320 / 0.15 = 2,133.3 -> 2,134 at best.
    expect(sdr).toEqual({
      name: 'sdr-filtered',
      qualified: 320,
      inquiries: { planned: 3200, atBest: 2134 },
      hoursByTeam: [
        { team: 'sdr', planned: 1600, atBest: 1067 },
        { team: 'ae', planned: 640, atBest: 640 },
      ],
      totalHours: { planned: 2240, atBest: 1707 },
    })
    // 1 in 4 .. 1 in 3: 1,280 .. 960 inquiries, all worked by AEs.
    expect(direct).toEqual({
      name: 'direct-quality',
      qualified: 320,
      inquiries: { planned: 1280, atBest: 960 },
      hoursByTeam: [{ team: 'ae', planned: 1600, atBest: 1360 }],
      totalHours: { planned: 1600, atBest: 1360 },
    })
  })

  it.each([[{ low: 0.15, high: 0.1 }], [{ low: 0, high: 0.1 }], [{ low: 0.5, high: 1.5 }]])(
    'refuses the qualify range %o',
    (qualifyRate) => {
      expect(() => compareSalesModels([{ ...sdrFiltered, qualifyRate }], 10)).toThrow(
        /Sales model "sdr-filtered": the qualify rate .* is not a range of shares/,
      )
    },
  )
})
