/**
 * Token-based phrase matching for the curated lists (no regular expressions).
 *
 * A phrase is words separated by spaces; a word may list alternatives with
 * `|`; `*` stands for any one word. Matching is case-insensitive and runs in
 * time linear in the text: candidates are looked up by their first word.
 */
import {isCapitalised, normalizeWord} from './words.js'

/** What matching needs of a word: its text as written and its normalised form (an analysis token has both). */
export interface MatchWord {
  value: string
  /** The normalised form (`normalizeWord`). */
  lower: string
}

export interface CompiledPhrase<Value> {
  phrase: string
  slots: Array<Set<string> | '*'>
  value: Value
}

export interface PhraseMatch<Value, Word extends MatchWord = MatchWord> {
  phrase: CompiledPhrase<Value>
  /** The matched word tokens, one per slot. */
  tokens: Word[]
}

/** The answer for a word that starts no phrase: one frozen list, not a new one per word. */
const noMatches: ReadonlyArray<never> = Object.freeze([])

export class PhraseMatcher<Value> {
  readonly #byFirstWord = new Map<string, Array<CompiledPhrase<Value>>>()

  constructor(entries: Iterable<{phrase: string; value: Value}>) {
    for (const entry of entries) {
      const compiled = compilePhrase(entry.phrase, entry.value)
      const first = compiled.slots[0]
      if (first === '*' || first === undefined) {
        throw new Error(`A phrase cannot start with \`*\`: \`${entry.phrase}\``)
      }
      for (const word of first) {
        const list = this.#byFirstWord.get(word) ?? []
        list.push(compiled)
        this.#byFirstWord.set(word, list)
      }
    }
  }

  /** Every phrase that matches the words starting at `index` (longest first); most words start none. */
  matchAt<Word extends MatchWord>(words: readonly Word[], index: number): ReadonlyArray<PhraseMatch<Value, Word>> {
    const candidates = this.#byFirstWord.get(words[index].lower)
    if (!candidates) return noMatches
    const found: Array<PhraseMatch<Value, Word>> = []
    for (const phrase of candidates) {
      if (index + phrase.slots.length > words.length) continue
      let fits = true
      for (let offset = 1; offset < phrase.slots.length; offset++) {
        const slot = phrase.slots[offset]
        if (slot !== '*' && !slot.has(words[index + offset].lower)) {
          fits = false
          break
        }
      }
      if (fits) found.push({phrase, tokens: words.slice(index, index + phrase.slots.length)})
    }
    if (found.length === 0) return noMatches
    return found.sort((a, b) => b.tokens.length - a.tokens.length)
  }

  /** Non-overlapping matches in a run of words, scanning left to right, longest first. */
  findAll<Word extends MatchWord>(words: readonly Word[]): Array<PhraseMatch<Value, Word>> {
    const found: Array<PhraseMatch<Value, Word>> = []
    let index = 0
    while (index < words.length) {
      // Indexed, not destructured: destructuring walks an iterator, an allocation per word.
      const best = this.matchAt(words, index)[0]
      if (best) {
        found.push(best)
        index += best.tokens.length
      } else {
        index++
      }
    }
    return found
  }
}

export function compilePhrase<Value>(phrase: string, value: Value): CompiledPhrase<Value> {
  const slots = phrase
    .trim()
    .split(/\s+/)
    .map((part) => (part === '*' ? ('*' as const) : new Set(part.split('|').map(normalizeWord))))
  return {phrase, slots, value}
}

/** Fill `$1`…`$9` in a replacement with the words matched by those slots, keeping the first letter's case. */
export function fillReplacement(template: string, tokens: readonly MatchWord[]): string {
  let result = ''
  for (let index = 0; index < template.length; index++) {
    const char = template.charAt(index)
    const digit = template.charCodeAt(index + 1) - 48
    if (char === '$' && digit >= 1 && digit <= 9) {
      result += tokens[digit - 1]?.value ?? ''
      index++
    } else {
      result += char
    }
  }
  return matchCase(result, tokens[0]?.value ?? '')
}

function matchCase(text: string, model: string): string {
  return isCapitalised(model) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}
