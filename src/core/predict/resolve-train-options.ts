import { AppError } from '../shared/index.ts'
import { algorithms, type Algorithm, type TrainOptions } from './types.ts'

/** Training options with every default filled in and every range checked. */
export type ResolvedTrainOptions = {
  readonly algorithm: Algorithm
  readonly seed: number
  readonly l2: number
  readonly rounds: number
  readonly learningRate: number
  readonly maxDepth: number
  readonly minLeafSize: number
  readonly bins: number
  readonly earlyStoppingRounds: number
  readonly validationShare: number
  /** L2 penalty on tree leaf values. */
  readonly lambda: number
}

type Rule = {
  readonly min: number
  readonly max: number
  readonly integer: boolean
  readonly fallback: number
}

const rules = {
  l2: { min: 1e-9, max: 1e9, integer: false, fallback: 1 },
  rounds: { min: 1, max: 10_000, integer: true, fallback: 300 },
  learningRate: { min: 1e-6, max: 1, integer: false, fallback: 0.1 },
  maxDepth: { min: 1, max: 16, integer: true, fallback: 4 },
  minLeafSize: { min: 1, max: 1e9, integer: true, fallback: 20 },
  bins: { min: 2, max: 4096, integer: true, fallback: 64 },
  earlyStoppingRounds: { min: 1, max: 10_000, integer: true, fallback: 20 },
  validationShare: { min: 0, max: 0.5, integer: false, fallback: 0.15 },
} satisfies Record<string, Rule>

/** Fills in training defaults; request.invalid names the option to fix when one is out of range. */
export function resolveTrainOptions(options: TrainOptions): ResolvedTrainOptions {
  if (!(algorithms as readonly string[]).includes(options.algorithm)) {
    throw invalid(
      `unknown algorithm "${options.algorithm}": use one of ${algorithms.join(', ')}`,
      'algorithm',
    )
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw invalid(`seed must be a whole number, got ${String(options.seed)}`, 'seed')
  }
  const pick = (name: keyof typeof rules): number => checked(name, options[name], rules[name])
  return {
    algorithm: options.algorithm,
    seed: options.seed,
    l2: pick('l2'),
    rounds: pick('rounds'),
    learningRate: pick('learningRate'),
    maxDepth: pick('maxDepth'),
    minLeafSize: pick('minLeafSize'),
    bins: pick('bins'),
    earlyStoppingRounds: pick('earlyStoppingRounds'),
    validationShare: pick('validationShare'),
    lambda: 1,
  }
}

function checked(name: string, value: number | undefined, rule: Rule): number {
  if (value === undefined) return rule.fallback
  const inRange = Number.isFinite(value) && value >= rule.min && value <= rule.max
  if (!inRange || (rule.integer && !Number.isInteger(value))) {
    const kind = rule.integer ? 'a whole number' : 'a number'
    throw invalid(`${name} must be ${kind} from ${rule.min} to ${rule.max}, got ${value}`, name)
  }
  return value
}

function invalid(message: string, field: string): AppError {
  return new AppError('request.invalid', message, { details: { field } })
}
