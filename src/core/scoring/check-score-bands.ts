import type { Finding } from '../agreement/index.ts'
import type { Band, ScoreBands } from './types.ts'

type Path = Finding['path']

const edge = (value: number | undefined, open: string): string =>
  value === undefined ? open : String(value)

const describe = (band: Band): string =>
  `"${band.name}" [${edge(band.atLeast, '-inf')}, ${edge(band.below, '+inf')})`

const isEmpty = (band: Band): boolean =>
  band.atLeast !== undefined && band.below !== undefined && band.atLeast >= band.below

function checkDimension(bands: readonly Band[], path: Path): Finding[] {
  const findings: Finding[] = []
  bands.forEach((band, index) => {
    if (isEmpty(band))
      findings.push({
        path: [...path, index],
        message: `band ${describe(band)} is empty: atLeast must be below "below"`,
        fix: 'swap the two numbers or correct one of them',
      })
    const firstIndex = bands.findIndex((other) => other.name === band.name)
    if (firstIndex !== index)
      findings.push({
        path: [...path, index, 'name'],
        message: `band name "${band.name}" is used twice (also at ${firstIndex})`,
        fix: 'give every band of a dimension its own name',
      })
  })
  // An empty band is reported above; leaving it out of the tiling avoids a second, confusing error.
  const order = bands
    .map((band, index) => ({ band, index }))
    .filter(({ band }) => !isEmpty(band))
    .sort((a, b) => (a.band.atLeast ?? -Infinity) - (b.band.atLeast ?? -Infinity))
  const lowest = order[0]
  if (lowest !== undefined && lowest.band.atLeast !== undefined)
    findings.push({
      path: [...path, lowest.index, 'atLeast'],
      message: `no band holds scores below ${lowest.band.atLeast}`,
      fix: `leave out atLeast on the lowest band ${describe(lowest.band)}`,
    })
  order.forEach(({ band }, position) => {
    const next = order[position + 1]
    if (next === undefined) {
      if (band.below !== undefined)
        findings.push({
          path: [...path, order[position]?.index ?? 0, 'below'],
          message: `no band holds scores of ${band.below} or more`,
          fix: `leave out below on the highest band ${describe(band)}`,
        })
      return
    }
    const nextStart = next.band.atLeast ?? -Infinity
    const end = band.below ?? Infinity
    if (nextStart === end) return
    findings.push({
      path: [...path, next.index],
      message:
        nextStart < end
          ? `band ${describe(next.band)} overlaps band ${describe(band)}`
          : `no band holds scores from ${end} up to ${nextStart}`,
      fix:
        band.below === undefined
          ? `end ${describe(band)} where ${describe(next.band)} starts (below: ${nextStart})`
          : `start ${describe(next.band)} where ${describe(band)} ends (atLeast: ${band.below})`,
    })
  })
  return findings
}

/** Each dimension's bands must hold every score exactly once: no gap, no overlap, unique names. */
export function checkScoreBands(bands: ScoreBands): Finding[] {
  return [
    ...checkDimension(bands.fit, ['bands', 'fit']),
    ...checkDimension(bands.engagement, ['bands', 'engagement']),
  ]
}
