import { describe, expect, it } from 'vitest'
import { parseLoadArgs } from './parse-load-args.ts'

describe('parseLoadArgs', () => {
  const defaults = { seconds: 300 }

  it.each([
    { argv: [], seconds: 300 },
    { argv: ['--seconds', '30'], seconds: 30 },
    { argv: ['--seconds=45'], seconds: 45 },
  ])('reads $argv as $seconds seconds', ({ argv, seconds }) => {
    expect(parseLoadArgs(argv, defaults)).toEqual({ seconds })
  })

  it.each([
    { argv: ['--seconds'], message: /got nothing/ },
    { argv: ['--seconds', '0'], message: /got "0"/ },
    { argv: ['--seconds=1.5'], message: /got "1.5"/ },
    { argv: ['--seconds', '-3'], message: /got "-3"/ },
    { argv: ['--n', '10'], message: /Unknown argument "--n"/ },
  ])('rejects $argv', ({ argv, message }) => {
    expect(() => parseLoadArgs(argv, defaults)).toThrow(message)
  })
})
