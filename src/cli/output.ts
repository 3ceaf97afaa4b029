/**
 * Where the report goes. The human report (`pretty`) is for a terminal and
 * goes to standard error, as unified-engine's reports always have; the
 * machine-readable ones (`json`, `sarif`, `github`, `quickfix`) go to standard
 * output, so `copydesk … --report sarif > copydesk.sarif` works as with ESLint
 * and Vale. `--output-file <path>` writes any report to that file instead
 * (created when the report is written; nothing is written otherwise).
 */
import {appendFileSync, writeFileSync} from 'node:fs'
import process from 'node:process'
import {Writable} from 'node:stream'

export const humanFormats: ReadonlySet<string> = new Set(['pretty'])

export function reportStream(format: string, outputFile: string | undefined): NodeJS.WritableStream {
  if (outputFile) return fileStream(outputFile)
  return humanFormats.has(format) ? process.stderr : process.stdout
}

function fileStream(filePath: string): Writable {
  let started = false
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      try {
        if (started) appendFileSync(filePath, chunk)
        else writeFileSync(filePath, chunk)
        started = true
        callback()
      } catch (error) {
        process.stderr.write(`copydesk: cannot write the report to ${filePath}: ${(error as Error).message.split('\n')[0]}\n`)
        process.exitCode = 2
        callback()
      }
    }
  })
}
