import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAppError } from '../../core/shared/index.ts'
import { readCsv, type CsvRow, type ReadCsvOptions } from './read-csv.ts'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-csv-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, content)
  return file
}

async function readText(content: string | Uint8Array, options: ReadCsvOptions = {}) {
  const file = await readCsv(await fileWith('data.csv', content), options)
  const rows: CsvRow[] = []
  for await (const row of file.rows) rows.push(row)
  return { file, rows }
}

async function failureOf(content: string | Uint8Array, options?: ReadCsvOptions): Promise<string> {
  try {
    await readText(content, options)
  } catch (error) {
    if (isAppError(error, 'request.invalid')) return error.message
    throw error
  }
  throw new Error('expected readCsv to fail')
}

describe('readCsv', () => {
  it('reads quoted fields holding commas, quotes and line breaks, and numbers lines by the file', async () => {
    const { file, rows } = await readText(
      'id,note,city\n1,"a, b",x\n2,"line one\nline two ""quoted""",y\n3,plain,z\n',
    )
    expect(file.header).toEqual(['id', 'note', 'city'])
    expect(file.headerLine).toBe(1)
    expect(rows).toEqual([
      { rowNumber: 1, line: 2, record: ['1', 'a, b', 'x'] },
      { rowNumber: 2, line: 3, record: ['2', 'line one\nline two "quoted"', 'y'] },
      { rowNumber: 3, line: 5, record: ['3', 'plain', 'z'] },
    ])
  })

  it('reads CRLF, LF and a last line without a line break alike', async () => {
    const { rows } = await readText('a,b\r\n1,"x\r\ny"\r\n2,3\n4,5')
    expect(rows.map((row) => [row.line, row.record])).toEqual([
      [2, ['1', 'x\r\ny']],
      [4, ['2', '3']],
      [5, ['4', '5']],
    ])
  })

  it('drops a UTF-8 byte-order mark from the first column name', async () => {
    const { file, rows } = await readText('\uFEFFid,name\n1,José\n')
    expect(file.header).toEqual(['id', 'name'])
    expect(rows[0]?.record).toEqual(['1', 'José'])
  })

  it('reports a row with the wrong number of fields as a problem with its line, and goes on', async () => {
    const { rows } = await readText('a,b,c\n1,2,3\n\n4,5\n6,7,8,9\n10,11,12\n')
    expect(rows.map((row) => row.problem)).toEqual([
      undefined,
      'line 4 has 2 fields but the header has 3 — fix: quote values that contain "," or line breaks, or remove the extra fields',
      'line 5 has 4 fields but the header has 3 — fix: quote values that contain "," or line breaks, or remove the extra fields',
      undefined,
    ])
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4])
  })

  it('skips blank lines and tolerates empty fields that spreadsheets add at the end', async () => {
    const { rows } = await readText('a,b\n1,2,,\n,\n\n3,4\n')
    expect(rows.map((row) => [row.line, row.record, row.problem])).toEqual([
      [2, ['1', '2'], undefined],
      [5, ['3', '4'], undefined],
    ])
  })

  it('reports a quote that is never closed on the row it opens', async () => {
    const { rows } = await readText('a,b\n1,2\n3,"open\n4,5\n')
    expect(rows[1]).toMatchObject({ line: 3, record: ['3', 'open\n4,5\n'] })
    expect(rows[1]?.problem).toContain('a quoted field is never closed')
  })

  it('refuses a file with bytes that are not UTF-8, naming the line', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('id,city\n1,Paris\n2,Br'),
      Buffer.from([0xe9]),
      Buffer.from('sil\n'),
    ])
    expect(await failureOf(latin1)).toMatch(
      /data\.csv: line 3 has bytes that are not valid UTF-8 \(byte 22 of the file\) — fix: re-save the file as UTF-8/,
    )
    expect(await failureOf(latin1, { chunkBytes: 4 })).toContain(
      'line 3 has bytes that are not valid UTF-8',
    )
  })

  it('refuses a file that ends inside a multi-byte character', async () => {
    const cut = Buffer.concat([Buffer.from('id\n1\nS'), Buffer.from([0xc3])])
    expect(await failureOf(cut)).toContain('line 3 has bytes that are not valid UTF-8')
  })

  it('decodes multi-byte characters split across one-byte chunks', async () => {
    const { rows } = await readText('\uFEFFcity,emoji\nSão Paulo,🙂\n', { chunkBytes: 1 })
    expect(rows[0]?.record).toEqual(['São Paulo', '🙂'])
  })

  it.each([
    ['', 'empty'],
    ['\n\r\n\n', 'empty'],
    ['\uFEFF', 'empty'],
  ])('refuses the empty file %j', async (content) => {
    expect(await failureOf(content)).toMatch(/data\.csv is empty — fix: export the file again/)
  })

  it.each([
    [
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      'it is a ZIP archive (an .xlsx workbook is one)',
    ],
    [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'an Excel 97-2003 workbook'],
    [Buffer.from('\uFEFFid,name\n', 'utf16le'), 'UTF-16 text'],
    [Buffer.from('id,name\n', 'utf16le'), 'NUL bytes'],
    [Buffer.from('<!DOCTYPE html><html><body>Sign in</body></html>'), 'HTML or XML'],
    [Buffer.from('[{"id": 1}]'), 'JSON'],
  ])('refuses a file that is not CSV (%#): %s', async (content, reason) => {
    const message = await failureOf(content)
    expect(message).toMatch(/data\.csv cannot be read as CSV: it /)
    expect(message).toContain(reason)
  })

  it('refuses a path with no file', async () => {
    await expect(readCsv(path.join(dir, 'nope.csv'))).rejects.toThrow(/^No file at .*nope\.csv/)
  })

  it('reads a semicolon file with the delimiter given or detected', async () => {
    const content = 'name;amount;note\nAcme;1,5;"a;b"\nBeta;2;c\n'
    for (const options of [{ delimiter: ';' }, {}]) {
      const { file, rows } = await readText(content, options)
      expect(file.delimiter).toBe(';')
      expect(file.header).toEqual(['name', 'amount', 'note'])
      expect(rows.map((row) => row.record)).toEqual([
        ['Acme', '1,5', 'a;b'],
        ['Beta', '2', 'c'],
      ])
    }
  })

  it('detects a tab-separated file', async () => {
    const { file, rows } = await readText('a\tb\n1,5\t2\n')
    expect(file.delimiter).toBe('\t')
    expect(rows[0]?.record).toEqual(['1,5', '2'])
  })

  it('skips report title lines above the header and keeps file line numbers', async () => {
    const { file, rows } = await readText('Leads report\nGenerated 2024-01-01\nid,name\n1,Ana\n', {
      skipRows: 2,
    })
    expect(file.header).toEqual(['id', 'name'])
    expect(file.headerLine).toBe(3)
    expect(rows).toEqual([{ rowNumber: 1, line: 4, record: ['1', 'Ana'] }])
  })

  it('streams: the first row arrives after reading a chunk, not the file', async () => {
    const row = 'c3f1a2b4d5e6f708,2018-02-01,"Sao Paulo, SP",organic_search\n'
    const big = await fileWith('big.csv', `id,date,city,origin\n${row.repeat(100_000)}`)
    const file = await readCsv(big, { chunkBytes: 64 * 1024 })
    const iterator = file.rows[Symbol.asyncIterator]()
    const first = await iterator.next()
    expect(first.value).toMatchObject({
      rowNumber: 1,
      record: ['c3f1a2b4d5e6f708', '2018-02-01', 'Sao Paulo, SP', 'organic_search'],
    })
    expect(file.sizeBytes).toBeGreaterThan(5_000_000)
    expect(file.bytesRead).toBeLessThanOrEqual(2 * 64 * 1024)
    await file.close()
  })
})
