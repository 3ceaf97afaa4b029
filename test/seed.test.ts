/**
 * Acceptance: the source article that started the project. Every defect in
 * `../shared/seed/expected.json` whose rule exists must be reported on its
 * line, and no other message may appear except where `stretch` allows.
 * Skipped when `../shared/seed/` is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/fixtures.js'
import {scoreArticle} from './helpers/score.js'

const seedDir = path.resolve(root, '../shared/seed')
const hasSeed = existsSync(path.join(seedDir, 'expected.json'))

describe.skipIf(!hasSeed)('seed article', () => {
  it('reports every expected defect of the rules that exist, and nothing else', () => {
    const expected = JSON.parse(readFileSync(path.join(seedDir, 'expected.json'), 'utf8'))
    const score = scoreArticle('article.txt', readFileSync(path.join(seedDir, 'article.txt')), expected)
    expect({missed: score.missed, unexpected: score.unexpected}).toEqual({missed: [], unexpected: []})
    expect(score.wanted).toBeGreaterThanOrEqual(3)
  })
})
