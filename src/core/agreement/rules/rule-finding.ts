import type { Finding } from '../types.ts'

export type Severity = 'error' | 'warning'

/** A finding as a rule reports it: where, what, how to fix, and whether it blocks the agreement. */
export type RuleFinding = Finding & { readonly severity: Severity }

export type FindingPath = Finding['path']

/** A contradiction that makes the agreement unusable until fixed. */
export function error(path: FindingPath, message: string, fix: string): RuleFinding {
  return { severity: 'error', path, message, fix }
}

/** Advice the agreement can be signed without, e.g. where it departs from the seeds' practice. */
export function warning(path: FindingPath, message: string, fix: string): RuleFinding {
  return { severity: 'warning', path, message, fix }
}
