/**
 * A name the article really uses, misspelt once outside quotations: one
 * insertion, deletion, substitution, transposition or doubled letter. Names
 * are surnames used at least three times outside quotations, at least once
 * right after a given name or a title, that are not ordinary words or states.
 */
import {countries} from 'countries-list'
import words from 'an-array-of-english-words' with {type: 'json'}
import type {Candidate, Generator, Half, Pattern, PlantContext} from '../generator.js'

const english = new Set((words as string[]).map((word) => word.toLowerCase()))
const states = new Set(Object.values(countries as Record<string, {name: string}>).flatMap((country) => country.name.split(' ')))
const honorifics = new Set(
  'Mr Mrs Ms Dr Prof President Minister Senator Governor Mayor Judge Chancellor Premier Chief Sir Dame Captain Coach'.split(' ')
)
const name = /\p{Lu}\p{Ll}{3,}(?:'s)?/gu

interface Use {
  candidate: Candidate
  start: number
  end: number
  /** The use follows a given name or a title (`Health Minister Ana Ruiz`). */
  full: boolean
}

type Position = 'first' | 'later' | 'last' | 'full'

function namesOf(context: PlantContext): Map<string, Use[]> {
  const uses = new Map<string, Use[]>()
  for (const candidate of context.candidates()) {
    const text = candidate.unit.text
    for (const match of text.matchAll(name)) {
      const value = match[0].replace(/'s$/, '')
      const start = match.index
      const end = start + value.length
      if (start === 0 || !candidate.outside[start] || !candidate.outside[end - 1]) continue
      if (english.has(value.toLowerCase()) || states.has(value)) continue
      const before = /(\p{Lu}[\p{L}.]*) $/u.exec(text.slice(0, start))?.[1]
      const full = before !== undefined && (honorifics.has(before) || (!english.has(before.toLowerCase()) && !states.has(before)))
      uses.set(value, [...(uses.get(value) ?? []), {candidate, start, end, full}])
    }
  }
  return uses
}

const letters = 'abcdefghijklmnopqrstuvwxyz'
const vowels = 'aeiou'

type Edit = (word: string, context: PlantContext) => string

const edits: Record<string, Edit> = {
  insertion: (word, c) => {
    const at = 1 + c.rng.int(word.length - 1)
    return word.slice(0, at) + c.rng.pick([...letters]) + word.slice(at)
  },
  deletion: (word, c) => {
    const at = 1 + c.rng.int(word.length - 1)
    return word.slice(0, at) + word.slice(at + 1)
  },
  substitution: (word, c) => {
    const at = 1 + c.rng.int(word.length - 1)
    const pool = vowels.includes(word[at]) ? vowels : letters
    const replacement = c.rng.pick([...pool].filter((letter) => letter !== word[at]))
    return word.slice(0, at) + replacement + word.slice(at + 1)
  },
  transposition: (word, c) => {
    const at = 1 + c.rng.int(word.length - 2)
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  },
  doubled: (word, c) => {
    const at = 1 + c.rng.int(word.length - 1)
    return word.slice(0, at) + word[at] + word.slice(at)
  }
}

function misspelling(id: string, half: Half, edit: keyof typeof edits, position: Position): Pattern {
  return {
    id,
    half,
    plant(context) {
      const all = namesOf(context)
      const names = [...all].filter(([, uses]) => uses.length >= 3 && uses.some((use) => use.full))
      if (names.length === 0) return undefined
      const [word, uses] = context.rng.pick(names)
      const ordered = [...uses].sort((a, b) => order(context, a) - order(context, b))
      const use =
        position === 'first'
          ? ordered[0]
          : position === 'last'
            ? ordered[ordered.length - 1]
            : position === 'full'
              ? (ordered.find((u) => u.full) ?? ordered[0])
              : ordered[1 + context.rng.int(ordered.length - 1)]
      for (let attempt = 0; attempt < 8; attempt++) {
        const slip = edits[edit](word, context)
        if (slip === word || english.has(slip.toLowerCase()) || all.has(slip)) continue
        const text = use.candidate.unit.text
        const planted = text.slice(0, use.start) + slip + text.slice(use.end)
        return {units: [context.rewrite(use.candidate, planted)], text: `${word} → ${slip}: ${planted}`, span: slip}
      }
      return undefined
    }
  }
}

/** Document order of a use: block, then unit, then offset. */
function order(context: PlantContext, use: Use): number {
  const blocks = context.article.blocks
  const block = blocks.indexOf(use.candidate.block)
  return block * 1e6 + use.candidate.block.units.indexOf(use.candidate.unit) * 1e4 + use.start
}

const generator: Generator = {
  rule: 'name-consistency',
  order: 4,
  patterns: [
    misspelling('transposition-later', 'tuning', 'transposition', 'later'),
    misspelling('deletion-last', 'tuning', 'deletion', 'last'),
    misspelling('substitution-later', 'tuning', 'substitution', 'later'),
    misspelling('insertion-full', 'tuning', 'insertion', 'full'),
    misspelling('doubled-first', 'tuning', 'doubled', 'first'),
    misspelling('transposition-full', 'tuning', 'transposition', 'full'),
    misspelling('deletion-later', 'tuning', 'deletion', 'later'),
    misspelling('transposition-last', 'check', 'transposition', 'last'),
    misspelling('deletion-full', 'check', 'deletion', 'full'),
    misspelling('substitution-first', 'check', 'substitution', 'first'),
    misspelling('insertion-later', 'check', 'insertion', 'later'),
    misspelling('doubled-later', 'check', 'doubled', 'later'),
    misspelling('substitution-last', 'check', 'substitution', 'last'),
    misspelling('insertion-last', 'check', 'insertion', 'last')
  ]
}

export default generator
