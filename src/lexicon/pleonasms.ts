/** Pleonasms (data/pleonasms.json) compiled for token matching. */
import data from '../../data/pleonasms.json' with {type: 'json'}
import {compileOnce} from './compile-once.js'
import {pluralOfLast} from './inflect.js'
import {compilePhrase, type MatchWord, PhraseMatcher} from './phrases.js'

export interface Pleonasm {
  phrase: string
  replacement: string
  origin?: string
  /** `plural`: the entry also matches with its last noun in the plural, and so does its shorter form. */
  inflect?: 'plural'
  /** Alternatives (`was|were`) for the word before the phrase that make it meaningful. */
  notAfter?: string
  /** Phrases for the words after it that make it meaningful (`to the committee`). */
  notBefore?: string[]
}

/** A listed pleonasm with its guards compiled once, when the matcher is built. */
export interface ListedPleonasm extends Pleonasm {
  guards?: {after?: ReadonlySet<string>; before?: PhraseMatcher<true>}
}

function withGuards(entry: Pleonasm): ListedPleonasm {
  if (!entry.notAfter && !entry.notBefore) return entry
  const after = entry.notAfter ? compilePhrase(entry.notAfter, true).slots[0] : undefined
  return {
    ...entry,
    guards: {
      after: after === '*' ? undefined : after,
      before: entry.notBefore ? new PhraseMatcher(entry.notBefore.map((phrase) => ({phrase, value: true as const}))) : undefined
    }
  }
}

/**
 * Whether the words around a match make the phrase meaningful (`was referred back`, `refer back
 * the bill`): `first` and `last` index the match's first and last word in `words`.
 */
export function meaningfulThere(entry: ListedPleonasm, words: readonly MatchWord[], first: number, last: number): boolean {
  const guards = entry.guards
  if (!guards) return false
  if (guards.after && first > 0 && guards.after.has(words[first - 1].lower)) return true
  return guards.before !== undefined && last + 1 < words.length && guards.before.matchAt(words, last + 1).length > 0
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
export const pleonasmMatcher: (extra?: readonly Pleonasm[], ignore?: readonly string[]) => PhraseMatcher<ListedPleonasm> = compileOnce(
  (extra: readonly Pleonasm[] = [], ignore: readonly string[] = []): PhraseMatcher<ListedPleonasm> => {
    const skipped = new Set(ignore.map((phrase) => phrase.toLowerCase()))
    return new PhraseMatcher(
      [...pleonasms, ...inflected(extra)]
        .filter((entry) => !skipped.has(entry.phrase.toLowerCase()))
        .map((entry) => ({phrase: entry.phrase, value: withGuards(entry)}))
    )
  }
)
