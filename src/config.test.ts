import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig, type ConfigFlags } from './config.ts'
import { isAppError } from './core/shared/index.ts'
import { errorOf } from '../test/error-of.ts'

type Env = Record<string, string | undefined>

function problemsOf(flags: ConfigFlags, env: Env): unknown {
  const error = errorOf(() => loadConfig(flags, env))
  if (!isAppError(error, 'config.invalid')) throw error
  return error.details['problems']
}

describe('loadConfig', () => {
  it('reads the API rate limit from the environment; a rate of 0 turns it off', () => {
    const env = { BATON_API_RATE_LIMIT_BURST: '20', BATON_API_RATE_LIMIT_PER_MINUTE: '0' }
    expect(loadConfig({}, env).apiRateLimit).toEqual({ capacity: 20, perMinute: 0 })
  })

  describe('defaults', () => {
    it('serves on localhost:3000 at log level info from the embedded database in .baton/db', () => {
      const config = loadConfig({}, {})
      expect(config).toEqual({
        databaseUrl: undefined,
        dataDir: path.resolve('.baton/db'),
        port: 3000,
        host: '127.0.0.1',
        logLevel: 'info',
        apiKey: undefined,
        apiRateLimit: { capacity: 1000, perMinute: 6000 },
      })
      expect(path.isAbsolute(config.dataDir)).toBe(true)
      expect(config.dataDir.endsWith(path.join('.baton', 'db'))).toBe(true)
    })

    it.each([
      { case: 'empty', value: '' },
      { case: 'spaces', value: '   ' },
      { case: 'a tab and newline', value: '\t\n' },
    ])('treats environment values that are $case as unset', ({ value }) => {
      const env = {
        DATABASE_URL: value,
        BATON_DB: value,
        PORT: value,
        HOST: value,
        LOG_LEVEL: value,
        BATON_API_KEY: value,
        BATON_API_RATE_LIMIT_BURST: value,
        BATON_API_RATE_LIMIT_PER_MINUTE: value,
      }
      expect(loadConfig({}, env)).toEqual(loadConfig({}, {}))
    })

    it('returns a frozen config', () => {
      const config = loadConfig({}, { PORT: '8080' })
      expect(Object.isFrozen(config)).toBe(true)
      expect(() => {
        Object.assign(config, { port: 1 })
      }).toThrow(TypeError)
      expect(config.port).toBe(8080)
    })
  })

  describe('precedence: flag > environment > default', () => {
    const flags: ConfigFlags = {
      db: '/srv/flag-db',
      databaseUrl: 'postgres://flag@localhost:5432/baton',
      port: '4000',
      host: '0.0.0.0',
      apiKey: 'flag-key',
    }
    const env: Env = {
      BATON_DB: '/srv/env-db',
      DATABASE_URL: 'postgresql://env@db:5432/baton',
      PORT: '5000',
      HOST: '10.0.0.5',
      BATON_API_KEY: 'env-key',
    }
    const defaults = loadConfig({}, {})

    it.each([
      { setting: 'dataDir', flag: '/srv/flag-db', env: '/srv/env-db' },
      {
        setting: 'databaseUrl',
        flag: 'postgres://flag@localhost:5432/baton',
        env: 'postgresql://env@db:5432/baton',
      },
      { setting: 'port', flag: 4000, env: 5000 },
      { setting: 'host', flag: '0.0.0.0', env: '10.0.0.5' },
      { setting: 'apiKey', flag: 'flag-key', env: 'env-key' },
    ] as const)('$setting comes from the flag, else the environment, else the default', (row) => {
      expect(loadConfig(flags, env)[row.setting]).toBe(row.flag)
      expect(loadConfig({}, env)[row.setting]).toBe(row.env)
      expect(loadConfig({}, {})[row.setting]).toBe(defaults[row.setting])
    })

    it('takes the port flag as a number too', () => {
      expect(loadConfig({ port: 8081 }, { PORT: '5000' }).port).toBe(8081)
    })

    it.each([
      { case: 'db', flags: { db: ' ' }, setting: 'dataDir', expected: '/srv/env-db' },
      { case: 'host', flags: { host: '' }, setting: 'host', expected: '10.0.0.5' },
    ] as const)('falls back to the environment when the $case flag is blank', (row) => {
      expect(loadConfig(row.flags, env)[row.setting]).toBe(row.expected)
    })

    it('resolves a relative data directory to an absolute path', () => {
      expect(loadConfig({}, { BATON_DB: 'data/baton' }).dataDir).toBe(path.resolve('data/baton'))
    })

    it('trims padded environment values', () => {
      expect(loadConfig({}, { PORT: ' 8080 ', HOST: ' ::1 ', LOG_LEVEL: ' debug ' })).toMatchObject(
        { port: 8080, host: '::1', logLevel: 'debug' },
      )
    })
  })

  describe('valid values', () => {
    it.each([
      { port: '0', expected: 0 },
      { port: '1', expected: 1 },
      { port: '65535', expected: 65535 },
    ])('accepts port $port', ({ port, expected }) => {
      expect(loadConfig({}, { PORT: port }).port).toBe(expected)
    })

    it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])(
      'accepts log level %s',
      (level) => {
        expect(loadConfig({}, { LOG_LEVEL: level }).logLevel).toBe(level)
      },
    )

    it.each(['postgres://u@h:5432/d', 'postgresql://u:p@h/d'])(
      'accepts the PostgreSQL URL %s',
      (url) => {
        expect(loadConfig({}, { DATABASE_URL: url }).databaseUrl).toBe(url)
      },
    )
  })

  describe('invalid values', () => {
    it.each(['abc', '70000', '-1'])(
      'reports a bad PORT (%s), LOG_LEVEL and DATABASE_URL together as one config.invalid',
      (port) => {
        const problems = problemsOf(
          {},
          { PORT: port, LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' },
        )
        expect(problems).toHaveLength(3)
        expect(problems).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^DATABASE_URL must start with postgres:\/\//),
            expect.stringMatching(new RegExp(`^PORT must be a whole number.*"${port}"$`)),
            expect.stringMatching(/^LOG_LEVEL must be one of .*"loud"$/),
          ]),
        )
      },
    )

    it('names every problem in the one error message', () => {
      const error = errorOf(() =>
        loadConfig({}, { PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' }),
      )
      if (!isAppError(error, 'config.invalid')) throw error
      for (const name of ['DATABASE_URL', 'PORT', 'LOG_LEVEL'])
        expect(error.message).toContain(name)
    })

    it.each<{ case: string; flags: ConfigFlags; env: Env; mentions: string }>([
      { case: 'a non-numeric port', flags: {}, env: { PORT: 'abc' }, mentions: 'PORT' },
      { case: 'a port above 65535', flags: {}, env: { PORT: '65536' }, mentions: 'PORT' },
      { case: 'a negative port', flags: {}, env: { PORT: '-1' }, mentions: 'PORT' },
      { case: 'a fractional port', flags: {}, env: { PORT: '80.5' }, mentions: 'PORT' },
      { case: 'a bad port flag', flags: { port: 'http' }, env: {}, mentions: 'PORT' },
      { case: 'a bad port flag number', flags: { port: 70000 }, env: {}, mentions: 'PORT' },
      {
        case: 'a bad port flag over a good PORT',
        flags: { port: '-5' },
        env: { PORT: '3000' },
        mentions: 'PORT',
      },
      {
        case: 'an unknown log level',
        flags: {},
        env: { LOG_LEVEL: 'verbose' },
        mentions: 'LOG_LEVEL',
      },
      {
        case: 'a MySQL database URL',
        flags: {},
        env: { DATABASE_URL: 'mysql://x' },
        mentions: 'DATABASE_URL',
      },
      {
        case: 'a database URL without a scheme',
        flags: {},
        env: { DATABASE_URL: 'localhost:5432/baton' },
        mentions: 'DATABASE_URL',
      },
      {
        case: 'a rate limit that is not a number',
        flags: {},
        env: { BATON_API_RATE_LIMIT_PER_MINUTE: 'lots' },
        mentions: 'BATON_API_RATE_LIMIT_PER_MINUTE',
      },
      {
        case: 'a burst of zero',
        flags: {},
        env: { BATON_API_RATE_LIMIT_BURST: '0' },
        mentions: 'BATON_API_RATE_LIMIT_BURST',
      },
      {
        case: 'a bad database URL flag',
        flags: { databaseUrl: 'sqlite://baton.db' },
        env: {},
        mentions: 'DATABASE_URL',
      },
    ])('refuses to start with $case', ({ flags, env, mentions }) => {
      const problems = problemsOf(flags, env)
      expect(problems).toEqual([expect.stringContaining(mentions)])
    })
  })
})
