/**
 * The acceptance article: the attribution rules must report line 4's double
 * credit and nothing else beyond what ../shared/seed/expected.json allows.
 * Skipped when the shared seed folder is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {root} from './helpers/fixtures.js'

const seedDir = path.resolve(root, '../shared/seed')
const attributionRules = new Set(['duplicate-attribution', 'unattributed-claim', 'unattributed-quote'])

describe.skipIf(!existsSync(path.join(seedDir, 'article.txt')))('seed article, attribution rules', () => {
  it('reports line 4 as a duplicate attribution and nothing the expectations do not allow', async () => {
    const expected = JSON.parse(readFileSync(path.join(seedDir, 'expected.json'), 'utf8'))
    const stretch: Array<[string, number]> = expected.stretch?.['article.txt'] ?? []
    const file = await lint(new VFile({path: path.join(seedDir, 'article.txt'), value: readFileSync(path.join(seedDir, 'article.txt'))}))
    const ours = file.messages.filter((message) => attributionRules.has(message.ruleId ?? ''))
    const warnings = ours.filter((message) => message.fatal !== null && message.fatal !== undefined)
    expect(warnings.map((message) => [message.ruleId, message.line])).toContainEqual(['duplicate-attribution', 4])
    const allowed = (rule: string, line: number) =>
      (rule === 'duplicate-attribution' && line === 4) ||
      stretch.some(([stretchRule, stretchLine]) => (stretchRule === '*' || stretchRule === rule) && stretchLine === line)
    expect(ours.filter((message) => !allowed(message.ruleId!, message.line!)).map((message) => `${message.line}: ${message.reason}`)).toEqual([])
  })

  it('gives the line 5 pronoun credit as advisory only', async () => {
    const file = await lint(new VFile({path: path.join(seedDir, 'article.txt'), value: readFileSync(path.join(seedDir, 'article.txt'))}))
    const line5 = file.messages.filter((message) => message.ruleId === 'unattributed-quote' && message.line === 5)
    expect(line5.map((message) => message.fatal ?? null)).toEqual([null])
  })
})
