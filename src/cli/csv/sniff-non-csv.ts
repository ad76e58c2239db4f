type Signature = { readonly bytes: readonly number[]; readonly what: string; readonly fix: string }

const resave = 'open it in its program and export or save it as "CSV UTF-8"'

const signatures: readonly Signature[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (an .xlsx workbook is one)',
    fix: resave,
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an Excel 97-2003 workbook (.xls)',
    fix: resave,
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    what: 'a PDF document',
    fix: 'export the data as CSV instead',
  },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', fix: 'decompress it first (gunzip)' },
  { bytes: [0xff, 0xfe], what: 'UTF-16 text', fix: 're-save it as "CSV UTF-8"' },
  { bytes: [0xfe, 0xff], what: 'UTF-16 text', fix: 're-save it as "CSV UTF-8"' },
]

const textShapes: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /^\s*</, what: 'HTML or XML' },
  { pattern: /^\s*(?:\{|\[\s*[{[])/, what: 'JSON' },
]

/** Why the first bytes of a file show it is not CSV text (as "what — fix: how"), or undefined. */
export function sniffNonCsv(firstBytes: Uint8Array): string | undefined {
  const signature = signatures.find(({ bytes }) => bytes.every((byte, i) => firstBytes[i] === byte))
  if (signature) return `it is ${signature.what}, not CSV — fix: ${signature.fix}`
  if (firstBytes.subarray(0, 4096).includes(0))
    return 'it holds NUL bytes, so it is a binary file or UTF-16 text, not CSV — fix: save it as "CSV UTF-8"'
  const start = new TextDecoder('utf-8').decode(firstBytes.subarray(0, 512)).replace(/^\uFEFF/, '')
  const shape = textShapes.find(({ pattern }) => pattern.test(start))
  if (shape) return `it looks like ${shape.what}, not CSV — fix: export the data as CSV`
  return undefined
}
