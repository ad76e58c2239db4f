import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { csvStream } from '../csv/write-csv.ts'
import { scoreRecords } from '../../app/predict/score-rows.ts'
import type { StoredModel } from '../../app/predict/stored-model.ts'
import { readCsv } from '../csv/read-csv.ts'

const scoreBatch = 2000

/** Scores a CSV in batches and writes one `row,probability,explanation` line per input row, in order. */
export async function scoreFile(
  stored: StoredModel,
  data: string,
  out: string,
  delimiter?: string,
) {
  const csv = await readCsv(data, delimiter === undefined ? {} : { delimiter })
  let scored = 0
  async function* scoredRows() {
    let batch: { rowNumber: number; record: readonly string[] }[] = []
    const flush = () => {
      const scores = scoreRecords(
        stored,
        csv.header,
        batch.map((row) => row.record),
      )
      const rows = batch.map((row, index) => {
        const score = scores[index]
        return [row.rowNumber, score?.probability.toFixed(6) ?? '', score?.explanation ?? '']
      })
      scored += rows.length
      batch = []
      return rows
    }
    try {
      for await (const row of csv.rows) {
        batch.push(row)
        if (batch.length >= scoreBatch) yield* flush()
      }
      if (batch.length > 0) yield* flush()
    } finally {
      await csv.close()
    }
  }
  await pipeline(
    scoredRows(),
    csvStream({ header: true, columns: ['row', 'probability', 'explanation'] }),
    createWriteStream(out),
  )
  return { rows: scored, out }
}
