import { readFile } from 'node:fs/promises'
import type { ConversionTarget } from '../../core/analytics/index.ts'
import { isCanonicalStage } from '../../core/funnel/index.ts'
import { AppError } from '../../core/shared/index.ts'

const benchmarkFile = new URL('../../../presets/benchmarks/funnel.json', import.meta.url)

function invalid(message: string): AppError {
  return new AppError('internal', `presets/benchmarks/funnel.json: ${message}`)
}

function toTarget(entry: unknown, index: number): ConversionTarget {
  const e = (entry ?? {}) as Record<string, unknown>
  const { from, to, targetPct, note } = e
  if (typeof from !== 'string' || !isCanonicalStage(from))
    throw invalid(`conversions[${index}].from is not a canonical stage`)
  if (typeof to !== 'string' || !isCanonicalStage(to))
    throw invalid(`conversions[${index}].to is not a canonical stage`)
  if (typeof targetPct !== 'number' || targetPct <= 0 || targetPct > 100)
    throw invalid(`conversions[${index}].targetPct must be a percentage above 0, at most 100`)
  return {
    from,
    to,
    targetPct,
    basis: 'benchmark',
    ...(typeof note === 'string' ? { note } : {}),
  }
}

/** The conversion benchmarks shipped in presets/benchmarks/funnel.json (seeds 000 and 003). */
export async function funnelBenchmarks(): Promise<readonly ConversionTarget[]> {
  const document = JSON.parse(await readFile(benchmarkFile, 'utf8')) as { conversions?: unknown }
  if (!Array.isArray(document.conversions)) throw invalid('conversions must be a list')
  return document.conversions.map(toTarget)
}
