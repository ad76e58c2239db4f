import { readFile } from 'node:fs/promises'
import { parseStoredModel, type StoredModel } from '../../app/predict/stored-model.ts'
import { AppError } from '../../core/shared/index.ts'

/** Reads a model file written by `baton model train --out`; request.invalid says what is wrong. */
export async function loadModel(file: string): Promise<StoredModel> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new AppError(
      'request.invalid',
      `cannot read the model file ${file} (${error instanceof Error ? error.message : String(error)}) — fix: pass the --out file of \`baton model train\``,
      { details: { file }, cause: error },
    )
  })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new AppError(
      'request.invalid',
      `${file} is not a Baton model file: it is not valid JSON — fix: pass the --out file of \`baton model train\``,
      { details: { file }, cause: error },
    )
  }
  return parseStoredModel(json, file)
}
