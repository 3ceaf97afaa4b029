/**
 * title-consistency: one person given two different titles in one draft
 * (`Health Minister Ana Ruiz` … `Finance Minister Ana Ruiz`; `Sen.` … `Rep.`),
 * and, as opt-in advice, a surname used before the person's full name is given.
 * Documentation: rules/title-consistency/README.md.
 */
import {titleAbbreviations, titleKinds} from '../../src/lexicon/consistency.js'
import {headlineParagraphs} from '../../src/analysis/headings.js'
import {foldName} from '../../src/analysis/names.js'
import type {Sentence, Token} from '../../src/analysis/text.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'

interface Options {
  /** Advise when a surname appears before the person's full name (info); off unless configured. */
  referenceOrder?: boolean
}

const kindOf = titleKinds
const canonical = titleAbbreviations
const determiners = new Set(['the', 'a', 'an'])

interface Mention {
  /** The office's own words, lower case and written out (`health minister`, not the country before it). */
  title: string[]
  /** The title as written (`Health Minister`). */
  written: string
  name: Token[]
  start: number
  end: number
  sentence: Sentence
}

export default defineRule<Options>(
  {
    id: 'title-consistency',
    description: 'One person given two different titles in one draft.',
    options: {referenceOrder: 'boolean'},
    defaults: {referenceOrder: false},
    messages: {
      'two-titles': 'one person given two different titles',
      'surname-first': 'a surname used before the full name is given (advice)'
    }
  },
  ({document, options, report}) => {
    const mentions: Mention[] = []
    for (const sentence of document.sentences) readMentions(sentence, document.text, mentions)
    // A surname names the person of the one full name that ends with it.
    const fullBySurname = new Map<string, string | null>()
    for (const mention of mentions) {
      if (mention.name.length < 2) continue
      const surname = foldName(mention.name[mention.name.length - 1].value)
      const full = foldName(mention.name.map((word) => word.value).join(' '))
      const known = fullBySurname.get(surname)
      fullBySurname.set(surname, known === undefined || known === full ? full : null)
    }
    const byPerson = new Map<string, Mention[]>()
    for (const mention of mentions) {
      if (document.insideQuotation(mention.start, mention.end)) continue
      const key = personKey(mention, fullBySurname)
      if (!key) continue
      const list = byPerson.get(key)
      if (list) list.push(mention)
      else byPerson.set(key, [mention])
    }
    for (const list of byPerson.values()) {
      // A change of post the copy states (`was appointed`, `former`) explains two titles.
      if (list.length < 2 || list.some((mention) => mentionsChange(mention.sentence))) continue
      const first = list[0]
      for (const mention of list.slice(1)) {
        if (!conflicting(first.title, mention.title)) continue
        const name = mention.name.map((word) => word.value).join(' ')
        report({
          messageId: 'two-titles',
          start: mention.start,
          end: mention.end,
          reason: `Two titles for ${name}: \`${mention.written}\` here but \`${first.written}\` on line ${document.point(first.start).line}; check which is right`
        })
        break
      }
    }
    if (options.referenceOrder) adviseReferenceOrder()

    function adviseReferenceOrder(): void {
      const headlines = headlineParagraphs(document)
      const firstFull = new Map<string, Mention>()
      for (const mention of mentions) {
        if (mention.name.length < 2) continue
        const surname = mention.name[mention.name.length - 1].value
        if (!firstFull.has(surname) && fullBySurname.get(foldName(surname))) firstFull.set(surname, mention)
      }
      const named = namedPeople(document.sentences)
      const advised = new Set<string>()
      for (const sentence of document.sentences) {
        // Headlines and summary bullets name people by surname by convention.
        if (headlines.has(sentence.paragraph) || isBullet(document.text, document.paragraphs[sentence.paragraph].start)) continue
        const words = sentence.words
        for (let index = 0; index < words.length; index++) {
          const word = words[index]
          const surname = word.value.replace(/['\u2019]s$/, '')
          const full = firstFull.get(surname)
          if (!full || word.start >= full.start || advised.has(surname)) continue
          // Someone of that surname was already named without a title, or the draft names two: the surname may be theirs.
          const people = named.get(foldName(surname))
          if (people && (people.first < word.start || people.given.size > 1)) continue
          // `Senator Kennedy` introduces a person of that surname (maybe another one): nothing to advise.
          const previous = words[index - 1]
          if (previous && joined(sentence, previous, word) && kindOf.has(titleWord(previous))) {
            advised.add(surname)
            continue
          }
          // A surname alone: no capitalised word joined to it on either side.
          if (
            (index > 0 && isCapitalised(words[index - 1]) && joined(sentence, words[index - 1], word)) ||
            (index + 1 < words.length && isCapitalised(words[index + 1]) && joined(sentence, word, words[index + 1]))
          )
            continue
          if (document.insideQuotation(word.start, word.end)) continue
          advised.add(surname)
          report({
            messageId: 'surname-first',
            start: word.start,
            end: word.end,
            advisory: true,
            reason: `\`${word.value}\` appears before the full name \`${full.name.map((token) => token.value).join(' ')}\` (line ${document.point(full.start).line}); give the full name at first mention`
          })
        }
      }
    }
  }
)

interface Named {
  /** Start of the first `Given Surname` in the draft. */
  first: number
  /** The given names written before the surname, folded. */
  given: Set<string>
}

/** Every `Given Surname` in the draft, titled or not, by folded surname (one pass). */
function namedPeople(sentences: readonly Sentence[]): Map<string, Named> {
  const named = new Map<string, Named>()
  for (const sentence of sentences) {
    const words = sentence.words
    for (let index = 1; index < words.length; index++) {
      const given = words[index - 1]
      const word = words[index]
      if (!isCapitalised(word) || !isCapitalised(given) || !joined(sentence, given, word)) continue
      if (kindOf.has(titleWord(given)) || determiners.has(given.lower) || /['\u2019]s$/.test(given.value)) continue
      const surname = foldName(word.value.replace(/['\u2019]s$/, ''))
      const entry = named.get(surname)
      if (entry) entry.given.add(foldName(given.value))
      else named.set(surname, {first: given.start, given: new Set([foldName(given.value)])})
    }
  }
  return named
}

function isBullet(text: string, start: number): boolean {
  // Markdown writes a typed bullet as `\* Both…`: the escape is not the bullet.
  const first = text.charAt(text.charAt(start) === '\\' ? start + 1 : start)
  return first === '*' || first === '-' || first === '\u2022'
}

function personKey(mention: Mention, fullBySurname: ReadonlyMap<string, string | null>): string | undefined {
  if (mention.name.length >= 2) return foldName(mention.name.map((word) => word.value).join(' '))
  return fullBySurname.get(foldName(mention.name[0].value)) ?? undefined
}

/** Two titles that cannot both be right: neither contains the other, and they are of one kind. */
function conflicting(a: readonly string[], b: readonly string[]): boolean {
  const subset = (x: readonly string[], y: readonly string[]) => x.every((word) => y.includes(word))
  if (subset(a, b) || subset(b, a)) return false
  const hasOffice = (title: readonly string[]) => title.some((word) => kindOf.get(word) === 'office')
  // A rank and an office together are usual (a retired general as minister).
  return hasOffice(a) === hasOffice(b)
}

function mentionsChange(sentence: Sentence): boolean {
  return sentence.words.some((word) => kindOf.get(titleWord(word)) === 'change')
}

function titleWord(word: Token): string {
  // A full stop, then a hyphen, off the end: by hand, as most words have neither (it runs for every word).
  let lower = word.lower
  if (lower.endsWith('.')) lower = lower.slice(0, -1)
  if (lower.endsWith('-')) lower = lower.slice(0, -1)
  return canonical.get(lower) ?? lower
}

function isCapitalised(word: Token): boolean {
  // ASCII answers from the code (only A–Z change in lower case and not in upper case): no case copies per word.
  const code = word.value.charCodeAt(0)
  if (code < 0x80) return code >= 65 && code <= 90
  const first = word.value.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

function joined(sentence: Sentence, left: Token, right: Token): boolean {
  for (let index = left.index + 1; index < right.index; index++) {
    if (sentence.tokens[index].kind !== 'whitespace') return false
  }
  return true
}

/** Runs of capitalised words that are a title followed by a name (`Health Minister Ana Ruiz`). */
function readMentions(sentence: Sentence, text: string, mentions: Mention[]): void {
  const words = sentence.words
  let index = 0
  while (index < words.length) {
    if (!isCapitalised(words[index])) {
      index++
      continue
    }
    let end = index + 1
    while (end < words.length && isCapitalised(words[end]) && joined(sentence, words[end - 1], words[end])) end++
    const run = words.slice(index, end)
    const before = words[index - 1]
    index = end
    let head = -1
    for (let at = 0; at < run.length; at++) {
      const kind = kindOf.get(titleWord(run[at]))
      if (kind === 'office' || kind === 'rank' || (kind === 'abbreviation' && run[at].value.endsWith('.'))) head = at
    }
    const name = run.slice(head + 1)
    if (head === -1 || name.length === 0 || name.length > 3) continue
    // A possessive or a title word in the name means this is not `Title Given Surname`.
    if (name.some((word) => /['\u2019]s$/.test(word.value) || kindOf.has(titleWord(word)))) continue
    let titleStart = 0
    while (titleStart < head && determiners.has(run[titleStart].lower)) titleStart++
    const titleWords = run.slice(titleStart, head + 1)
    if (titleWords.some((word) => kindOf.get(titleWord(word)) === 'change')) continue
    if (before && kindOf.get(titleWord(before)) === 'change') continue
    // Only the office itself is compared: `US President` and `United States President` are one title.
    const title = titleWords.map(titleWord).filter((word) => kindOf.has(word))
    mentions.push({
      title,
      written: text.slice(titleWords[0].start, titleWords[titleWords.length - 1].end),
      name,
      start: titleWords[0].start,
      end: name[name.length - 1].end,
      sentence
    })
  }
}
