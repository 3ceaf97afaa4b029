/** Pleonasms (data/pleonasms.json) compiled for token matching. */
import data from '../../data/pleonasms.json' with {type: 'json'}
import {compileOnce} from './compile-once.js'
import {PhraseMatcher} from './phrases.js'

export interface Pleonasm {
  phrase: string
  replacement: string
  origin?: string
}

export const pleonasms: readonly Pleonasm[] = data.entries

/** The pleonasm matcher for a rule's `extra` and `ignore` options, built once per option set. */
export const pleonasmMatcher: (extra?: readonly Pleonasm[], ignore?: readonly string[]) => PhraseMatcher<Pleonasm> = compileOnce(
  (extra: readonly Pleonasm[] = [], ignore: readonly string[] = []): PhraseMatcher<Pleonasm> => {
    const skipped = new Set(ignore.map((phrase) => phrase.toLowerCase()))
    return new PhraseMatcher(
      [...pleonasms, ...extra]
        .filter((entry) => !skipped.has(entry.phrase.toLowerCase()))
        .map((entry) => ({phrase: entry.phrase, value: entry}))
    )
  }
)
