import { describe, expect, it } from 'vitest'
import { splitName } from './split-name.ts'

describe('splitName', () => {
  it.each([
    { raw: 'John Smith', first: 'John', last: 'Smith' },
    { raw: 'Smith, John', first: 'John', last: 'Smith' },
    { raw: 'SMITH, JOHN PAUL', first: 'John Paul', last: 'Smith' },
    { raw: 'Mary Ann Smith', first: 'Mary Ann', last: 'Smith' },
    { raw: 'John Fitzgerald Kennedy', first: 'John Fitzgerald', last: 'Kennedy' },
    { raw: 'José Ñúñez', first: 'José', last: 'Ñúñez' },
    { raw: 'JOSÉ ÑÚÑEZ', first: 'José', last: 'Ñúñez' },
    { raw: 'Jose\u0301 N\u0303u\u0301n\u0303ez', first: 'José', last: 'Ñúñez' },
    { raw: 'Ludwig van Beethoven', first: 'Ludwig', last: 'van Beethoven' },
    { raw: 'jan van der berg', first: 'Jan', last: 'van der Berg' },
    { raw: 'van der Berg, Jan', first: 'Jan', last: 'van der Berg' },
    { raw: 'María de la Cruz', first: 'María', last: 'de la Cruz' },
    { raw: 'Ana Paula da Silva', first: 'Ana Paula', last: 'da Silva' },
    { raw: 'Maria dos Santos', first: 'Maria', last: 'dos Santos' },
    { raw: 'Ursula von der Leyen', first: 'Ursula', last: 'von der Leyen' },
    { raw: 'Ahmed Al Sayed', first: 'Ahmed', last: 'Al Sayed' },
    { raw: "PATRICK O'BRIEN", first: 'Patrick', last: "O'Brien" },
    { raw: 'ronald mcdonald', first: 'Ronald', last: 'McDonald' },
    { raw: 'Ronald McDonald', first: 'Ronald', last: 'McDonald' },
    { raw: 'Jean-Pierre DUPONT', first: 'Jean-Pierre', last: 'Dupont' },
    { raw: 'Dr. Jane Goodall', first: 'Jane', last: 'Goodall' },
    { raw: 'Mr John Smith', first: 'John', last: 'Smith' },
    { raw: 'MRS. JANE DOE', first: 'Jane', last: 'Doe' },
    { raw: 'Prof. Dr. Hans Müller', first: 'Hans', last: 'Müller' },
    { raw: 'Martin Luther King Jr.', first: 'Martin Luther', last: 'King' },
    { raw: 'John Smith, PhD', first: 'John', last: 'Smith' },
    { raw: 'Smith, John, Jr.', first: 'John', last: 'Smith' },
    { raw: 'Robert "Bob" Smith', first: 'Robert', last: 'Smith' },
    { raw: 'Robert (Bob) Smith', first: 'Robert', last: 'Smith' },
    { raw: '  john   smith  ', first: 'John', last: 'Smith' },
    { raw: 'Madonna', first: null, last: 'Madonna' },
    { raw: 'Dr. Who', first: null, last: 'Who' },
  ])('splits "$raw" into $first / $last', ({ raw, first, last }) => {
    expect(splitName(raw)).toEqual({ firstName: first, lastName: last })
  })

  it.each([
    { raw: '王小明', first: null, last: '王小明' },
    { raw: '王 小明', first: '小明', last: '王' },
    { raw: '山田 太郎', first: '太郎', last: '山田' },
    { raw: '김 민수', first: '민수', last: '김' },
  ])(
    'reads the East Asian name "$raw" family name first, keeping it whole when unspaced',
    ({ raw, first, last }) => {
      expect(splitName(raw)).toEqual({ firstName: first, lastName: last })
    },
  )

  it.each([
    { raw: '' },
    { raw: '   ' },
    { raw: undefined },
    { raw: null },
    { raw: '-' },
    { raw: ',' },
  ])('finds no name in $raw', ({ raw }) => {
    expect(splitName(raw)).toEqual({ firstName: null, lastName: null })
  })
})
