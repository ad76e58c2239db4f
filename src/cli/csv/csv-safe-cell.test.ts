import { describe, expect, it } from 'vitest'
import { fromCsvSafeCell, toCsvSafeCell } from './csv-safe-cell.ts'
import { toCsv } from './write-csv.ts'

describe('CSV formula injection', () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+1+cmd|calc', `'+1+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['\uFF1D1+1', `'\uFF1D1+1`],
    ['+44 20 7946 0958', `'+44 20 7946 0958`],
    ['-12', '-12'],
    ['-', '-'],
    ['-x', `'-x`],
    ['-0.5', '-0.5'],
    ['+7', '+7'],
    ['Acme = good', 'Acme = good'],
    ['ana@acme.com', 'ana@acme.com'],
    ['', ''],
  ]
  it.each(cases)('makes %j safe as %j', (raw, safe) => {
    expect(toCsvSafeCell(raw)).toBe(safe)
  })

  it.each(cases)('reads %j back unchanged after writing it', (raw) => {
    expect(fromCsvSafeCell(toCsvSafeCell(raw))).toBe(raw)
  })

  it("leaves a quote that does not mark a formula alone when reading: 'tis", () => {
    expect(fromCsvSafeCell("'tis")).toBe("'tis")
    expect(fromCsvSafeCell("'-12")).toBe("'-12")
  })

  it('quotes text cells in whole CSV rows but keeps numeric cells numeric', () => {
    const csv = toCsv(
      [
        ['=1+1', -3, '-3', 2.5, true],
        ['Acme', -0.25, '@evil', 0, false],
      ],
      { header: true, columns: ['name', 'delta', 'text', 'rate', 'won'] },
    )
    expect(csv).toBe("name,delta,text,rate,won\n'=1+1,-3,-3,2.5,1\nAcme,-0.25,'@evil,0,\n")
  })

  it('quotes a neutralised cell that also needs CSV quoting', () => {
    expect(toCsv([['=A1,B1', 'say "hi"']])).toBe(`"'=A1,B1","say ""hi"""\n`)
  })
})
