/** Pleonasms (data/pleonasms.json) compiled for token matching. */
import data from '../../data/pleonasms.json' with {type: 'json'}
import {PhraseMatcher} from './phrases.js'

export interface Pleonasm {
  phrase: string
  replacement: string
  origin?: string
}

export const pleonasms: readonly Pleonasm[] = data.entries

export function pleonasmMatcher(extra: readonly Pleonasm[] = [], ignore: readonly string[] = []): PhraseMatcher<Pleonasm> {
  const skipped = new Set(ignore.map((phrase) => phrase.toLowerCase()))
  return new PhraseMatcher(
    [...pleonasms, ...extra]
      .filter((entry) => !skipped.has(entry.phrase.toLowerCase()))
      .map((entry) => ({phrase: entry.phrase, value: entry}))
  )
}
