/**
 * Shape invariance: the recommended preset over a fixed sample of corpus
 * articles, rendered in every shape (eval/shapes.ts), must give the same
 * findings (rule, and the sentence each message is in) as the article with one
 * paragraph a line. Today's differences are listed in
 * eval/known-shape-differences.json as known failures (parsing bugs, issue
 * #12); a new difference fails, and so does a listed one that is gone (remove
 * it: `npm run eval -- --write-differences`). Skipped when ../shared is absent.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {loadCorpus, sample, sharedFolder} from '../eval/article.js'
import {ciSeed, differenceKey, invarianceArticles, knownDifferencesFile, readJson} from '../eval/ci.js'
import {evaluate, type EvalResult} from '../eval/run.js'
import {shapeNames} from '../eval/shapes.js'
import {root} from './helpers/fixtures.js'

const shared = sharedFolder(root)
const known = readJson<{differences: string[]}>(knownDifferencesFile).differences

describe.skipIf(!shared)('shape invariance on the corpus sample', () => {
  let result: EvalResult
  beforeAll(async () => {
    const articles = sample(loadCorpus(shared!), invarianceArticles)
    result = await evaluate({articles, shapes: shapeNames, generators: [], seed: ciSeed, plant: false})
  }, 300_000)

  it(`gives the same findings in every shape, apart from ${known.length} known failures`, () => {
    const keys = result.differences.map(differenceKey)
    const present = new Set(keys)
    const listed = new Set(known)
    const fresh = result.differences.filter((difference) => !listed.has(differenceKey(difference)))
    const gone = known.filter((key) => !present.has(key))
    console.log(
      `shape invariance: ${keys.length} differences on ${invarianceArticles} articles × ${shapeNames.length} shapes; ${known.length} known failures, ${fresh.length} new, ${gone.length} fixed`
    )
    expect(
      fresh.map((difference) => `${differenceKey(difference)}  «${difference.text}»`),
      'new differences between shapes (a parsing bug): see `npm run eval -- --show differences`'
    ).toEqual([])
    expect(gone, 'listed differences that are gone: remove them with `npm run eval -- --write-differences`').toEqual([])
  })
})
