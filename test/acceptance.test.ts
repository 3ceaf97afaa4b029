/**
 * Acceptance articles of our own writing (test/acceptance/): defects of every
 * kind planted in other words, names and places than the seed, and clean
 * articles full of look-alikes that must produce nothing.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/fixtures.js'
import {scoreArticle} from './helpers/score.js'

const folder = path.join(root, 'test/acceptance')
const articles = readdirSync(folder).filter((name) => name.endsWith('.txt'))

describe('acceptance articles', () => {
  for (const name of articles) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(path.join(folder, name.replace(/\.txt$/, '.expected.json')), 'utf8'))
      const score = scoreArticle(name, readFileSync(path.join(folder, name)), expected)
      expect({missed: score.missed, unexpected: score.unexpected}).toEqual({missed: [], unexpected: []})
    })
  }
})
