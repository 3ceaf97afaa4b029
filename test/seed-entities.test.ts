/**
 * Acceptance on the source article (../shared/seed/): entity-conflation must
 * report lines 9, 10 and 11, and the entity rules may report nothing else
 * beyond what expected.json allows. Skipped when the seed folder is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {root} from './helpers/fixtures.js'

const seed = path.resolve(root, '../shared/seed')
const entityRules = new Set(['entity-conflation', 'name-consistency'])

describe.skipIf(!existsSync(path.join(seed, 'article.txt')))('seed article: entity rules', () => {
  it('reports the three conflations and nothing the expectations do not allow', async () => {
    const file = await lint(new VFile({path: 'article.txt', value: readFileSync(path.join(seed, 'article.txt'), 'utf8')}))
    const expected = JSON.parse(readFileSync(path.join(seed, 'expected.json'), 'utf8')) as {
      stretch: Record<string, Array<[string, number]>>
    }
    const stretch = expected.stretch['article.txt']
    const seen = file.messages
      .filter((message) => entityRules.has(message.ruleId ?? ''))
      .map((message) => ({rule: message.ruleId, line: message.line}))

    const conflations = seen.filter((message) => message.rule === 'entity-conflation').map((message) => message.line)
    expect(conflations).toEqual([9, 10, 11])

    const allowed = (rule: string, line: number) =>
      (rule === 'entity-conflation' && [9, 10, 11].includes(line)) ||
      stretch.some(([stretchRule, stretchLine]) => (stretchRule === '*' || stretchRule === rule) && stretchLine === line)
    expect(seen.filter((message) => !allowed(message.rule!, message.line!))).toEqual([])
  })
})
