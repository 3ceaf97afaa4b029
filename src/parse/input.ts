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
