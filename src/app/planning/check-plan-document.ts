import type { Finding, ValidationReport } from '../../core/agreement/index.ts'
import type { PlanDocument } from './plan.schema.ts'

/** The mix a target uses: its own, else the plan's, else all of the only channel. */
export function targetMix(
  document: PlanDocument,
  target: PlanDocument['targets'][number],
): Readonly<Record<string, number>> | undefined {
  const only = document.channels.length === 1 ? document.channels[0] : undefined
  return target.mix ?? document.mix ?? (only ? { [only.name]: 1 } : undefined)
}

function mixFindings(
  document: PlanDocument,
  mix: Readonly<Record<string, number>>,
  path: readonly (string | number)[],
): Finding[] {
  const names = document.channels.map((c) => c.name)
  const unknown = Object.keys(mix)
    .filter((name) => !names.includes(name))
    .map((name) => ({
      path: [...path, name],
      message: `the mix names channel "${name}", which the plan does not define`,
      fix: `use one of ${names.join(', ')}, or add the channel`,
    }))
  const sum = Object.values(mix).reduce((total, share) => total + share, 0)
  const off =
    Math.abs(sum - 1) > 1e-9
      ? [
          {
            path,
            message: `the mix adds up to ${Number(sum.toPrecision(12))}, not 1`,
            fix: 'give the channels shares that add up to 1 (e.g. 0.7 and 0.3)',
          },
        ]
      : []
  return [...unknown, ...off]
}

/** What a well-formed plan file must also satisfy: unique channels, and every target's mix resolved and adding up to 1. */
export function checkPlanDocument(document: PlanDocument): ValidationReport {
  const errors: Finding[] = []
  const names = document.channels.map((c) => c.name)
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i)
      errors.push({
        path: ['channels', i, 'name'],
        message: `a second channel is named "${name}"`,
        fix: 'give each channel its own name',
      })
  })
  if (document.mix) errors.push(...mixFindings(document, document.mix, ['mix']))
  document.targets.forEach((target, i) => {
    if (target.mix) errors.push(...mixFindings(document, target.mix, ['targets', i, 'mix']))
    else if (targetMix(document, target) === undefined)
      errors.push({
        path: ['targets', i],
        message: `target "${target.name}" has no mix and the plan has several channels`,
        fix: 'add mix: { <channel>: <share>, ... } to the target or to the plan',
      })
  })
  return { errors, warnings: [] }
}
