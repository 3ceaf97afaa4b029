/** The fixed samples of the CI tests (test/eval.test.ts, test/shape-invariance.test.ts) and the files that hold their expectations. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ShapeDifference} from './run.js'

/** Articles in the CI eval run and in the shape-invariance test (every n-th of the corpus). */
export const ciArticles = 30
export const invarianceArticles = 60
export const ciSeed = 1

const here = path.dirname(fileURLToPath(import.meta.url))
/** Source folder of the bench (eval/), whether running from eval/ or dist/eval/. */
export const evalFolder = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '../../eval') : here

export const floorsFile = path.join(evalFolder, 'floors.json')
export const knownDifferencesFile = path.join(evalFolder, 'known-shape-differences.json')

/** One line per difference: `shape article rule unit reference->count`. */
export function differenceKey(difference: ShapeDifference): string {
  return `${difference.shape} ${difference.article} ${difference.rule} ${difference.unit} ${difference.reference}->${difference.count}`
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}
