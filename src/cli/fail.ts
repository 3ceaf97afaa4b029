import process from 'node:process'

/** A run that cannot start (bad arguments, a bad configuration): one line on stderr, exit code 2. */
export function fail(message: string): never {
  process.stderr.write(`copydesk: ${message}\n`)
  process.exit(2)
}
