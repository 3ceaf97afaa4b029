/**
 * The tables built once per process give the answers the straightforward
 * versions gave: the boilerplate index against a scan of every pattern, the
 * English word list on disk against the npm array, the word text against
 * nlcst-to-string, and one matcher per option set.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import words from 'an-array-of-english-words' with {type: 'json'}
import type {Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {syllable} from 'syllable'
import {describe, expect, it} from 'vitest'
import {calendarNames} from '../src/analysis/attribution/speakers.js'
import {hedgeMatcher, vagueSourceTables} from '../src/lexicon/attribution.js'
import {boilerplateMatcher, boilerplatePatterns, matchesBoilerplate, normalizeLine} from '../src/lexicon/boilerplate.js'
import {englishSyllables, isEnglishWord} from '../src/lexicon/english-words.js'
import {pleonasmMatcher} from '../src/lexicon/pleonasms.js'
import {nodeText} from '../src/parse/node-text.js'
import {root} from './helpers/fixtures.js'

/** Every line of the rules' fixture drafts. */
function fixtureLines(): string[] {
  const lines: string[] = []
  for (const rule of readdirSync(path.join(root, 'rules'), {withFileTypes: true})) {
    if (!rule.isDirectory()) continue
    const folder = path.join(root, 'rules', rule.name, 'fixtures')
    for (const name of readdirSync(folder).filter((file) => /\.(txt|md|html)$/.test(file))) {
      for (const line of readFileSync(path.join(folder, name), 'utf8').split('\n')) lines.push(line)
    }
  }
  return lines
}

describe('the boilerplate index', () => {
  it('finds, for every line and word count, the first pattern a scan of the whole list finds', () => {
    const lines = fixtureLines()
    // Each pattern as a line of its own, bulleted, with a tail, and cut short: the edges of whole and start matching.
    for (const pattern of boilerplatePatterns) {
      lines.push(pattern.text, `• ${pattern.text}.`, `${pattern.text} 3`, `${pattern.text}s more`, `${pattern.text}: the council`)
      lines.push(pattern.text.slice(0, -1), pattern.text.toUpperCase())
    }
    const matcher = boilerplateMatcher()
    let found = 0
    for (const raw of lines) {
      const line = normalizeLine(raw)
      for (const wordCount of [2, 30]) {
        for (const whole of [true, false]) {
          const scanned = boilerplatePatterns.find((pattern) => matchesBoilerplate(pattern, line, wordCount, whole))
          expect(matcher.find(line, wordCount, whole), `${JSON.stringify(line)}, ${wordCount} words, whole: ${whole}`).toBe(scanned)
          if (scanned) found++
        }
      }
    }
    // The comparison means something only if many lines match.
    expect(found).toBeGreaterThan(boilerplatePatterns.length)
  })

  it('honours extra and ignored patterns, and builds one index per option set', () => {
    const extra = [{text: 'brought to you by', match: 'start' as const, category: 'ad'}]
    const withExtra = boilerplateMatcher(extra, ['share this'])
    expect(withExtra.find('brought to you by acme', 5)?.category).toBe('ad')
    expect(boilerplateMatcher().find('brought to you by acme', 5)).toBeUndefined()
    expect(boilerplateMatcher().find('share this', 2)?.text).toBe('share this')
    expect(withExtra.find('share this', 2)).toBeUndefined()
    expect(boilerplateMatcher(extra, ['share this'])).toBe(withExtra)
    expect(boilerplateMatcher()).not.toBe(withExtra)
  })
})

describe('the English word list', () => {
  const list = words as string[]
  const known = new Set(list)

  it('answers as the npm array does, for its words and for near misses', () => {
    for (let index = 0; index < list.length; index += 7) {
      const word = list[index]
      for (const probe of [word, word + 's', word.slice(0, -1), word.toUpperCase(), word + "'s"]) {
        if (isEnglishWord(probe) !== known.has(probe)) expect(`${probe}: ${isEnglishWord(probe)}`).toBe(`${probe}: ${known.has(probe)}`)
      }
    }
    expect(isEnglishWord(list[0])).toBe(true)
    expect(isEnglishWord(list[list.length - 1])).toBe(true)
    expect(isEnglishWord('major')).toBe(true)
    expect(isEnglishWord('Major')).toBe(false)
    expect(isEnglishWord('okonkwo')).toBe(false)
    expect(isEnglishWord('')).toBe(false)
  })

  it('gives each word the syllables syllable counts for it, in lower case, capitalised and in capitals', () => {
    for (let index = 0; index < list.length; index += 7) {
      const word = list[index]
      const counted = englishSyllables(word)
      for (const form of [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()]) {
        if (counted !== syllable(form)) expect(`${form}: ${counted}`).toBe(`${form}: ${syllable(form)}`)
      }
    }
    expect(englishSyllables('readability')).toBe(5)
    expect(englishSyllables('the')).toBe(1)
    expect(englishSyllables('okonkwo')).toBeUndefined()
    expect(englishSyllables('The')).toBeUndefined()
  })
})

describe('word text', () => {
  it('is what nlcst-to-string gives for every node of a parsed draft', () => {
    const text = fixtureLines().join('\n')
    const stack: Nodes[] = [new ParseEnglish().parse(text)]
    let words = 0
    while (stack.length > 0) {
      const node = stack.pop()!
      expect(nodeText(node)).toBe(toString(node))
      if (node.type === 'WordNode') words++
      if ('children' in node) for (const child of node.children) stack.push(child)
    }
    expect(words).toBeGreaterThan(1000)
  })
})

describe('phrase tables', () => {
  it('are built once per option set', () => {
    expect(pleonasmMatcher([], [])).toBe(pleonasmMatcher([], []))
    expect(pleonasmMatcher([], ['past history'])).not.toBe(pleonasmMatcher([], []))
    expect(hedgeMatcher(['it is rumoured'])).toBe(hedgeMatcher(['it is rumoured']))
    expect(hedgeMatcher(['it is rumoured'])).not.toBe(hedgeMatcher())
    expect(vagueSourceTables(['kibitzers'])).toBe(vagueSourceTables(['kibitzers']))
    expect(vagueSourceTables(['kibitzers']).standalone.has('kibitzers')).toBe(true)
    expect(vagueSourceTables().standalone.has('kibitzers')).toBe(false)
  })
})

describe('calendar names', () => {
  it("spelled out in speakers.ts (to keep Intl out of start-up) are the platform's English weekdays and months", () => {
    const weekday = new Intl.DateTimeFormat('en', {weekday: 'long', timeZone: 'UTC'})
    const month = new Intl.DateTimeFormat('en', {month: 'long', timeZone: 'UTC'})
    const platform = [
      ...Array.from({length: 7}, (_, day) => weekday.format(Date.UTC(2024, 0, day + 1))),
      ...Array.from({length: 12}, (_, index) => month.format(Date.UTC(2024, index, 1)))
    ].map((name) => name.toLowerCase())
    expect(calendarNames).toEqual(platform)
  })
})
