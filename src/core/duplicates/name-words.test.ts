import { describe, expect, it } from 'vitest'
import { nameKey, nameWords } from './name-words.ts'

describe('nameWords and nameKey', () => {
  it.each([
    { raw: "PATRICK O'BRIEN", words: ['patrick', 'obrien'] },
    { raw: 'O’Brien', words: ['obrien'] },
    { raw: 'Jean-Pierre', words: ['jean', 'pierre'] },
    { raw: 'JOSÉ ÑÚÑEZ', words: ['jose', 'nunez'] },
    { raw: 'Jose\u0301 N\u0303u\u0301n\u0303ez', words: ['jose', 'nunez'] },
    { raw: 'Łukasz Øster', words: ['lukasz', 'oster'] },
    { raw: 'Straße', words: ['strasse'] },
    { raw: 'Иван ПЕТРОВ', words: ['иван', 'петров'] },
    { raw: '王小明', words: ['王小明'] },
    { raw: '  Dr.  ', words: ['dr'] },
    { raw: ' - . ', words: [] },
    { raw: null, words: [] },
  ])('folds "$raw" to $words', ({ raw, words }) => {
    expect(nameWords(raw)).toEqual(words)
  })

  it('joins the words so spacing and hyphens do not matter', () => {
    expect(nameKey('Mc Donald')).toBe(nameKey('McDonald'))
    expect(nameKey('García-Márquez')).toBe('garciamarquez')
    expect(nameKey('   ')).toBeNull()
  })
})
