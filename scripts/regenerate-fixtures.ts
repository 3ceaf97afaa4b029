/**
 * Rewrite every fixture's `<name>.expected.json` from what copydesk reports
 * on it now, keeping each entry's `expected` only where the file pinned it.
 * Refuses to write (exit 1) when a message appears, disappears or moves:
 * regenerating may add fields, never change what was pinned.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/regenerate-fixtures.js [--write]
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {listFixtures, lintFixture} from '../test/helpers/fixtures.js'

const write = process.argv.includes('--write')
let changed = 0
let refused = 0
for (const fixture of listFixtures()) {
  const expectedFile = fixture.file.slice(0, -path.extname(fixture.file).length) + '.expected.json'
  if (!existsSync(expectedFile)) continue
  const old = JSON.parse(readFileSync(expectedFile, 'utf8')) as Array<Record<string, unknown>>
  const seen = await lintFixture(fixture.file, fixture.rule)
  const pinned = ['rule', 'line', 'column', 'messageId', 'endLine', 'endColumn', 'expected']
  const same =
    seen.length === old.length &&
    seen.every((message, index) =>
      pinned.every((key) => !(key in old[index]) || JSON.stringify(old[index][key]) === JSON.stringify((message as never)[key]))
    )
  if (!same) {
    refused++
    console.error(`${path.relative(process.cwd(), expectedFile)}: the messages differ from the pinned ones; not rewritten`)
    continue
  }
  const entries = seen.map((message, index) => {
    const entry: Record<string, unknown> = {
      rule: message.rule,
      messageId: message.messageId,
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn
    }
    if ('expected' in old[index]) entry.expected = message.expected
    return (
      '  {' +
      Object.entries(entry)
        .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
        .join(', ') +
      '}'
    )
  })
  const text = '[\n' + entries.join(',\n') + '\n]\n'
  if (text !== readFileSync(expectedFile, 'utf8')) {
    changed++
    if (write) writeFileSync(expectedFile, text)
  }
}
console.log(`${changed} file(s) ${write ? 'rewritten' : 'would change (pass --write)'}; ${refused} refused`)
process.exitCode = refused > 0 ? 1 : 0
