import path from 'node:path'
import { AppError } from './core/shared/index.ts'

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

export type Config = {
  /** PostgreSQL server; when absent Baton uses the embedded database in `dataDir`. */
  readonly databaseUrl: string | undefined
  readonly dataDir: string
  readonly port: number
  readonly host: string
  readonly logLevel: LogLevel
  /** Key the CLI presents to a running server (BATON_API_KEY); flags and the local key file also work. */
  readonly apiKey: string | undefined
  /**
   * Requests per API key on /v1: a burst of `capacity`, refilled at `perMinute` (0 turns the limit
   * off). BATON_API_RATE_LIMIT_BURST, BATON_API_RATE_LIMIT_PER_MINUTE; defaults 1000 and 6000.
   */
  readonly apiRateLimit: { readonly capacity: number; readonly perMinute: number }
}

/** Command-line flags, which win over the environment. */
export type ConfigFlags = {
  readonly db?: string | undefined
  readonly databaseUrl?: string | undefined
  readonly port?: string | number | undefined
  readonly host?: string | undefined
  readonly apiKey?: string | undefined
}

type Env = Readonly<Record<string, string | undefined>>

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

/**
 * Reads the environment once (flag > env > default) and reports every problem together as
 * `config.invalid`, so a bad start names all that must be fixed.
 */
export function loadConfig(flags: ConfigFlags = {}, env: Env = process.env): Readonly<Config> {
  const problems: string[] = []
  const databaseUrl = blankToUndefined(flags.databaseUrl) ?? blankToUndefined(env['DATABASE_URL'])
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(
      'DATABASE_URL must start with postgres:// or postgresql://, e.g. postgres://user@localhost:5432/baton',
    )
  }
  const portText = String(flags.port ?? blankToUndefined(env['PORT']) ?? '3000')
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) {
    problems.push(
      `PORT must be a whole number from 0 to 65535 (0 picks a free port), not "${portText}"`,
    )
  }
  const logLevel = blankToUndefined(env['LOG_LEVEL']) ?? 'info'
  if (!(logLevels as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not "${logLevel}"`)
  }
  const wholeNumber = (name: string, fallback: number, min: number) => {
    const text = blankToUndefined(env[name]) ?? String(fallback)
    if (/^\d+$/.test(text) && Number(text) >= min) return Number(text)
    problems.push(`${name} must be a whole number of at least ${String(min)}, not "${text}"`)
    return fallback
  }
  const apiRateLimit = {
    capacity: wholeNumber('BATON_API_RATE_LIMIT_BURST', 1000, 1),
    perMinute: wholeNumber('BATON_API_RATE_LIMIT_PER_MINUTE', 6000, 0),
  }
  if (problems.length > 0) {
    throw new AppError('config.invalid', `Baton cannot start: ${problems.join('; ')}.`, {
      details: { problems },
    })
  }
  return Object.freeze({
    databaseUrl,
    dataDir: path.resolve(
      blankToUndefined(flags.db) ?? blankToUndefined(env['BATON_DB']) ?? '.baton/db',
    ),
    port,
    host: blankToUndefined(flags.host) ?? blankToUndefined(env['HOST']) ?? '127.0.0.1',
    logLevel: logLevel as LogLevel,
    apiKey: blankToUndefined(flags.apiKey) ?? blankToUndefined(env['BATON_API_KEY']),
    apiRateLimit: Object.freeze(apiRateLimit),
  })
}
