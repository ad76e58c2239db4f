import type { Finding } from '../agreement/index.ts'
import type { Band, ScoreBands } from './types.ts'

type Path = Finding['path']

const edge = (value: number | undefined, open: string): string =>
  value === undefined ? open : String(value)

const describe = (band: Band): string =>
  `"${band.name}" [${edge(band.atLeast, '-inf')}, ${edge(band.below, '+inf')})`

const isEmpty = (band: Band): boolean =>
  band.atLeast !== undefined && band.below !== undefined && band.atLeast >= band.below

function checkEachBand(bands: readonly Band[], path: Path): Finding[] {
  return bands.flatMap((band, index) => {
    const findings: Finding[] = []
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
    return findings
  })
}

type Placed = { readonly band: Band; readonly index: number }

// Where the band above a placed band should start, when it does not start where this one ends.
function checkJoin({ band }: Placed, next: Placed, path: Path): Finding[] {
  const nextStart = next.band.atLeast ?? -Infinity
  const end = band.below ?? Infinity
  if (nextStart === end) return []
  return [
    {
      path: [...path, next.index],
      message:
        nextStart < end
          ? `band ${describe(next.band)} overlaps band ${describe(band)}`
          : `no band holds scores from ${end} up to ${nextStart}`,
      fix:
        band.below === undefined
          ? `end ${describe(band)} where ${describe(next.band)} starts (below: ${nextStart})`
          : `start ${describe(next.band)} where ${describe(band)} ends (atLeast: ${band.below})`,
    },
  ]
}

// Sorted by where they start, the bands must run from -inf to +inf, each starting where the last ends.
function checkTiling(bands: readonly Band[], path: Path): Finding[] {
  // An empty band is reported on its own; leaving it out here avoids a second, confusing error.
  const order = bands
    .map((band, index) => ({ band, index }))
    .filter(({ band }) => !isEmpty(band))
    .sort((a, b) => (a.band.atLeast ?? -Infinity) - (b.band.atLeast ?? -Infinity))
  const lowest = order[0]
  const highest = order.at(-1)
  const findings: Finding[] = []
  if (lowest?.band.atLeast !== undefined)
    findings.push({
      path: [...path, lowest.index, 'atLeast'],
      message: `no band holds scores below ${lowest.band.atLeast}`,
      fix: `leave out atLeast on the lowest band ${describe(lowest.band)}`,
    })
  order.forEach((placed, position) => {
    const next = order[position + 1]
    if (next !== undefined) findings.push(...checkJoin(placed, next, path))
  })
  if (highest?.band.below !== undefined)
    findings.push({
      path: [...path, highest.index, 'below'],
      message: `no band holds scores of ${highest.band.below} or more`,
      fix: `leave out below on the highest band ${describe(highest.band)}`,
    })
  return findings
}

function checkDimension(bands: readonly Band[], path: Path): Finding[] {
  return [...checkEachBand(bands, path), ...checkTiling(bands, path)]
}

/** Each dimension's bands must hold every score exactly once: no gap, no overlap, unique names. */
export function checkScoreBands(bands: ScoreBands): Finding[] {
  return [
    ...checkDimension(bands.fit, ['bands', 'fit']),
    ...checkDimension(bands.engagement, ['bands', 'engagement']),
  ]
}
