import { AppError } from '../../core/shared/index.ts'

const newline = 0x0a

function countNewlines(bytes: Uint8Array): number {
  let count = 0
  for (let at = bytes.indexOf(newline); at !== -1; at = bytes.indexOf(newline, at + 1)) count += 1
  return count
}

// The length of the prefix that ends on a whole character: a sequence cut by the chunk boundary
// waits for the next chunk.
function wholeCharacters(bytes: Uint8Array): number {
  for (let at = bytes.length - 1; at >= Math.max(0, bytes.length - 4); at -= 1) {
    const byte = bytes[at] ?? 0
    if ((byte & 0xc0) === 0x80) continue
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return at + size > bytes.length ? at : bytes.length
  }
  return bytes.length
}

// How many leading bytes are valid UTF-8; a streaming decode accepts a valid-but-unfinished tail.
function validPrefix(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true })
      low = middle
    } catch {
      high = middle - 1
    }
  }
  return low
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  if (head.length === 0) return tail
  const joined = new Uint8Array(head.length + tail.length)
  joined.set(head)
  joined.set(tail, head.length)
  return joined
}

function notUtf8(sourceName: string, line: number, byteOffset: number): AppError {
  return new AppError(
    'request.invalid',
    `${sourceName}: line ${line} has bytes that are not valid UTF-8 (byte ${byteOffset + 1} of the file) — fix: re-save the file as UTF-8 (in Excel: Save As > "CSV UTF-8"), or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 old.csv > new.csv`,
    { details: { file: sourceName, line, byteOffset } },
  )
}

/**
 * Decodes a byte stream as strict UTF-8, one string per chunk, without a leading byte-order mark;
 * throws `request.invalid` naming the line of the first invalid byte.
 */
export async function* decodeUtf8Chunks(
  chunks: AsyncIterable<Uint8Array>,
  sourceName: string,
): AsyncGenerator<string, void, undefined> {
  // ignoreBOM keeps U+FEFF in the text, so only the file's first one is dropped (below).
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let pending: Uint8Array = new Uint8Array(0)
  let line = 1
  let offset = 0
  let started = false
  for await (const chunk of chunks) {
    const bytes = concat(pending, chunk)
    const end = wholeCharacters(bytes)
    const whole = bytes.subarray(0, end)
    let text: string
    try {
      text = decoder.decode(whole)
    } catch {
      const valid = validPrefix(whole)
      throw notUtf8(sourceName, line + countNewlines(whole.subarray(0, valid)), offset + valid)
    }
    line += countNewlines(whole)
    offset += end
    pending = new Uint8Array(bytes.subarray(end))
    if (!started && text.length > 0) {
      started = true
      text = text.replace(/^\uFEFF/, '')
    }
    yield text
  }
  if (pending.length > 0) throw notUtf8(sourceName, line, offset)
}
