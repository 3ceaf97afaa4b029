/**
 * Turn what the engine read into text, or fail with one plain sentence:
 * binary files, invalid UTF-8 and empty files are not drafts.
 */
import type {VFile} from 'vfile'

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Bytes sniffed for a NUL, which text never has. */
const sniffLength = 8000

export function readDraftText(file: VFile): string {
  let value: string
  if (typeof file.value === 'string') {
    value = file.value
  } else {
    const bytes = file.value ?? new Uint8Array()
    const sniff = bytes.subarray(0, sniffLength)
    if (isUtf16(bytes)) file.fail(utf16Problem)
    if (sniff.includes(0)) {
      file.fail('This looks like a binary file, not a draft: copydesk reads plain text, Markdown and HTML')
    }
    try {
      value = decoder.decode(bytes)
    } catch {
      file.fail('This file is not valid UTF-8 text: save it as UTF-8 and run copydesk again')
    }
  }
  if (value.includes('\u0000')) {
    const bytes = typeof file.value === 'string' ? bytesOnDisk(file) : file.value
    if (bytes && isUtf16(bytes)) file.fail(utf16Problem)
    file.fail('This looks like a binary file, not a draft: copydesk reads plain text, Markdown and HTML')
  }
  if (value.includes('\ufffd') && hasInvalidUtf8OnDisk(file)) {
    file.fail('This file is not valid UTF-8 text: save it as UTF-8 and run copydesk again')
  }
  // A byte order mark is not part of the text: drop it so columns match what editors show.
  if (value.charCodeAt(0) === 0xfeff) {
    value = value.slice(1)
    file.data.copydeskHadBom = true
  }
  file.value = value
  if (value.trim() === '') {
    file.fail('This file is empty: there is nothing to check')
  }
  return value
}

const utf16Problem =
  'This file is UTF-16 text, and copydesk reads UTF-8: convert it (for example `iconv -f UTF-16 -t UTF-8 draft.txt > draft-utf8.txt`) and run copydesk again'

/** What is wrong with bytes meant as a draft (stdin is checked with this before the engine decodes it), if anything. */
export function problemOfBytes(bytes: Uint8Array): string | undefined {
  if (isUtf16(bytes)) return utf16Problem
  if (bytes.subarray(0, sniffLength).includes(0))
    return 'This looks like a binary file, not a draft: copydesk reads plain text, Markdown and HTML'
  try {
    decoder.decode(bytes)
  } catch {
    return 'This is not valid UTF-8 text: save it as UTF-8 and run copydesk again'
  }
  return undefined
}

/**
 * UTF-16: a byte order mark (FF FE, FE FF), or text whose every other byte
 * is zero (ASCII letters in UTF-16 without a mark).
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true
  const length = Math.min(bytes.length, sniffLength) & ~1
  // Without a mark, only a run long enough to tell, whose other bytes are text (not control codes).
  if (length < 16) return false
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++
    else if (bytes[index] < 9) return false
    if (bytes[index + 1] === 0) oddZeros++
    else if (bytes[index + 1] < 9) return false
  }
  const pairs = length / 2
  // One side mostly zero, the other never: ASCII text in UTF-16.
  return (oddZeros >= pairs * 0.4 && evenZeros === 0) || (evenZeros >= pairs * 0.4 && oddZeros === 0)
}

function bytesOnDisk(file: VFile): Uint8Array | undefined {
  const fs = (globalThis as {process?: {getBuiltinModule?: (name: string) => unknown}}).process?.getBuiltinModule?.('node:fs') as
    | typeof import('node:fs')
    | undefined
  if (!fs || !file.path) return undefined
  try {
    return fs.readFileSync(file.path).subarray(0, sniffLength)
  } catch {
    return undefined
  }
}

/**
 * The engine decodes files leniently, turning bad bytes into U+FFFD. When one
 * shows up, read the bytes again (Node only) to tell bad UTF-8 from a real U+FFFD.
 */
function hasInvalidUtf8OnDisk(file: VFile): boolean {
  const fs = (globalThis as {process?: {getBuiltinModule?: (name: string) => unknown}}).process?.getBuiltinModule?.('node:fs') as
    | typeof import('node:fs')
    | undefined
  if (!fs || !file.path) return false
  try {
    decoder.decode(fs.readFileSync(file.path))
    return false
  } catch {
    return true
  }
}
