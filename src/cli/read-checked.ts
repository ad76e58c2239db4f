import { readFile } from 'node:fs/promises'
import { formatFindings } from '../app/document/format-findings.ts'
import { AppError, type ErrorCode } from '../core/shared/index.ts'
import type { ProgramDeps } from './program-deps.ts'

type Parsed = {
  readonly report: { readonly errors: readonly unknown[]; readonly warnings: readonly unknown[] }
}

/**
 * Reads a policy file and parses it with `parse`: findings go to stderr located by line, and any
 * error throws `code` naming how many there are.
 */
export async function readChecked<T extends Parsed>(
  deps: ProgramDeps,
  path: string,
  parse: (text: string, name: string) => T,
  code: ErrorCode,
): Promise<T> {
  const text = await readFile(path, 'utf8').catch((cause: unknown) => {
    throw new AppError('request.invalid', `Cannot read ${path}: ${(cause as Error).message}`, {
      cause,
    })
  })
  const parsed = parse(text, path)
  const report = parsed.report as Parameters<typeof formatFindings>[0]
  if (report.errors.length + report.warnings.length > 0)
    deps.out.stderr(formatFindings(report, path) + '\n')
  if (report.errors.length > 0)
    throw new AppError(
      code,
      `${path} has ${report.errors.length} error(s); fix them and run again.`,
      {
        details: { errors: report.errors },
      },
    )
  return parsed
}
