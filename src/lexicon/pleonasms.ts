/** Pleonasms (data/pleonasms.json) compiled for token matching. */
import data from '../../data/pleonasms.json' with {type: 'json'}
import {compileOnce} from './compile-once.js'
import {pluralOfLast} from './inflect.js'
import {PhraseMatcher} from './phrases.js'

export interface Pleonasm {
  phrase: string
  replacement: string
  origin?: string
  /** `plural`: the entry also matches with its last noun in the plural, and so does its shorter form. */
  inflect?: 'plural'
}

/**
 * Every entry, and for a noun entry its plural (`general consensus` → `general consensuses`,
 * fixed as `consensuses`). A `$N` shorter form carries the matched word over already.
 */
export function inflected(entries: readonly Pleonasm[]): Pleonasm[] {
  const all: Pleonasm[] = []
  for (const entry of entries) {
    all.push(entry)
    if (entry.inflect !== 'plural') continue
    const phrase = pluralOfLast(entry.phrase)
    const replacement = /\$\d$/.test(entry.replacement) ? entry.replacement : pluralOfLast(entry.replacement)
    all.push({...entry, phrase, replacement})
  }
  return all
}

export const pleonasms: readonly Pleonasm[] = inflected(data.entries as Pleonasm[])

/** The pleonasm matcher for a rule's `extra` and `ignore` options, built once per option set. */
export const pleonasmMatcher: (extra?: readonly Pleonasm[], ignore?: readonly string[]) => PhraseMatcher<Pleonasm> = compileOnce(
  (extra: readonly Pleonasm[] = [], ignore: readonly string[] = []): PhraseMatcher<Pleonasm> => {
    const skipped = new Set(ignore.map((phrase) => phrase.toLowerCase()))
    return new PhraseMatcher(
      [...pleonasms, ...inflected(extra)]
        .filter((entry) => !skipped.has(entry.phrase.toLowerCase()))
        .map((entry) => ({phrase: entry.phrase, value: entry}))
    )
  }
)
