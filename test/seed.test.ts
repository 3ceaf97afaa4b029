/**
 * Acceptance: the source article that started the project. Every defect in
 * `../shared/seed/expected.json` whose rule exists must be reported on its
 * line, and no other message may appear except where `stretch` allows.
 * Skipped when `../shared/seed/` is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {ruleIds} from '../src/rules.js'
import {jsonReport, runCli, scratch} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

const seedDir = path.resolve(root, '../shared/seed')
const hasSeed = existsSync(path.join(seedDir, 'expected.json'))

interface Expected {
  advisory_sources: string[]
  stretch: Record<string, Array<[string, number]>>
  [file: string]: unknown
}

describe.skipIf(!hasSeed)('seed article', () => {
  const expected = hasSeed ? (JSON.parse(readFileSync(path.join(seedDir, 'expected.json'), 'utf8')) as Expected) : undefined
  const article = hasSeed ? readFileSync(path.join(seedDir, 'article.txt')) : Buffer.from('')

  it('reports every expected defect of the rules that exist, and nothing else', () => {
    const result = runCli(['--report', 'json', 'article.txt'], {cwd: scratch({'article.txt': article})})
    const messages = jsonReport(result.stderr)[0].messages.filter(
      (message) => !expected!.advisory_sources.includes(message.source) && message.ruleId !== 'readability'
    )
    const wants = (expected!['article.txt'] as Array<{rule: string; lines: number[]}>).filter((want) => ruleIds.includes(want.rule))
    const stretch = expected!.stretch['article.txt'] ?? []

    const missed = wants
      .filter((want) => !messages.some((message) => message.ruleId === want.rule && want.lines.includes(message.line)))
      .map((want) => `${want.rule} on line ${want.lines.join('/')}`)
    const unexpected = messages
      .filter(
        (message) =>
          !wants.some((want) => want.rule === message.ruleId && want.lines.includes(message.line)) &&
          !stretch.some(([rule, line]) => (rule === '*' || rule === message.ruleId) && line === message.line)
      )
      .map((message) => `${message.ruleId} on line ${message.line}: ${message.reason}`)

    expect({missed, unexpected}).toEqual({missed: [], unexpected: []})
    expect(wants.length).toBeGreaterThanOrEqual(3)
  })
})

describe.skipIf(!hasSeed)('seed article, attribution rules', () => {
  const read = () => readFileSync(path.join(seedDir, 'article.txt'))

  it('credits line 4 twice and says so once, with the removal as the fix', async () => {
    const file = await lint(new VFile({path: 'article.txt', value: read()}))
    const duplicates = file.messages.filter((message) => message.ruleId === 'duplicate-attribution')
    expect(duplicates.map((message) => [message.line, message.actual, message.expected])).toEqual([[4, 'the statement read', ['']]])
  })

  it('gives the line 5 pronoun credit with no speaker as advisory only', async () => {
    const file = await lint(new VFile({path: 'article.txt', value: read()}))
    const line5 = file.messages.filter((message) => message.ruleId === 'unattributed-quote' && message.line === 5)
    expect(line5.map((message) => message.fatal ?? null)).toEqual([null])
  })
})
