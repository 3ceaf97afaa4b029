/**
 * Fixture drafts: `rules/<rule-id>/fixtures/<name>.<txt|md|html>`, plus the
 * cross-rule drafts in `examples/` and `test/drafts/<group>/`. A draft with a
 * sibling `<name>.expected.json` must produce exactly those messages under
 * the recommended preset; a draft without one must produce none.
 * Advisory (info) messages count only for the rule the folder is named after.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {lint} from '../../src/index.js'

/** The checkout: the nearest folder up with a package.json (this file also runs compiled, from dist/). */
export const root = findRoot(path.dirname(fileURLToPath(import.meta.url)))

function findRoot(folder: string): string {
  let current = folder
  while (!existsSync(path.join(current, 'package.json')) || path.basename(current) === 'dist') {
    const parent = path.dirname(current)
    if (parent === current) return path.resolve(folder, '../..')
    current = parent
  }
  return current
}
export const rulesDir = path.join(root, 'rules')

/** Folders of fixture drafts, each with the rule (or group) its advisory messages count for. */
function fixtureFolders(): Array<{rule: string; folder: string}> {
  const folders: Array<{rule: string; folder: string}> = []
  for (const rule of readdirSync(rulesDir).sort()) {
    const folder = path.join(rulesDir, rule, 'fixtures')
    if (existsSync(folder)) folders.push({rule, folder})
  }
  folders.push({rule: 'example', folder: path.join(root, 'examples')})
  const drafts = path.join(root, 'test/drafts')
  for (const group of readdirSync(drafts).sort()) folders.push({rule: group, folder: path.join(drafts, group)})
  return folders
}

export interface ExpectedMessage {
  rule: string
  /** The stable message id, `<rule>/<message>`. */
  messageId: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** When given, the message's suggested replacements must equal this. */
  expected?: string[]
}

export interface Fixture {
  rule: string
  name: string
  file: string
  expected: ExpectedMessage[]
}

const draftExtensions = new Set(['.txt', '.md', '.html'])

export function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = []
  for (const {rule, folder} of fixtureFolders()) {
    for (const name of readdirSync(folder).sort()) {
      const extension = path.extname(name)
      if (!draftExtensions.has(extension)) continue
      const base = name.slice(0, -extension.length)
      const expectedFile = path.join(folder, base + '.expected.json')
      const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedMessage[]) : []
      fixtures.push({rule, name, file: path.join(folder, name), expected})
    }
  }
  return fixtures
}

export interface SeenMessage {
  rule: string
  messageId: string
  line: number
  column: number
  endLine: number
  endColumn: number
  expected?: string[]
  reason: string
}

/** Lint a fixture with the recommended preset: its messages in order, advisory ones only from `rule`. */
export async function lintFixture(file: string, rule?: string): Promise<SeenMessage[]> {
  const linted = await lint(new VFile({path: file, value: readFileSync(file)}))
  return linted.messages
    .filter((message) => (message.fatal !== undefined && message.fatal !== null) || message.ruleId === rule)
    .map((message) => ({
      rule: message.ruleId ?? '',
      messageId: (message as {messageId?: string}).messageId ?? '',
      line: message.line ?? 0,
      column: message.column ?? 0,
      endLine: endOf(message)?.line ?? 0,
      endColumn: endOf(message)?.column ?? 0,
      expected: message.expected ?? undefined,
      reason: message.reason
    }))
}

function endOf(message: {place?: unknown}): {line: number; column: number} | undefined {
  const place = message.place as {end?: {line: number; column: number}} | undefined
  return place && 'end' in place ? place.end : undefined
}
