/**
 * stdin for the engine, checked first: unified-engine decodes stdin
 * leniently (bad bytes become U+FFFD), so invalid UTF-8, UTF-16 and binary
 * input would be linted as text. The bytes are read here, refused in one
 * line (exit 1) when they are not UTF-8 text, and passed on unchanged.
 */
import {PassThrough} from 'node:stream'
import {problemOfBytes} from '../parse/input.js'

export function checkedStdin(): NodeJS.ReadableStream {
  // A terminal: the engine says there is no input.
  if (process.stdin.isTTY) return process.stdin
  const checked = new PassThrough()
  const chunks: Buffer[] = []
  process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk))
  process.stdin.on('end', () => {
    const bytes = Buffer.concat(chunks)
    const problem = bytes.length > 0 ? problemOfBytes(bytes) : undefined
    if (problem) {
      process.stderr.write(
        `copydesk: stdin: ${problem.replace('This is', 'it is').replace('This file is', 'it is').replace('This looks', 'it looks')}\n`
      )
      process.exit(1)
    }
    checked.end(bytes)
  })
  return checked
}
