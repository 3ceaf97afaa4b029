/**
 * name-consistency: one name spelled two ways in one draft (case, spacing,
 * hyphen, diacritics, a slip of a letter or two), and names the house style
 * spells another way (`Kiev` → `Kyiv`). The rarer (or, on a tie, later) form
 * is reported with the dominant form as the fix.
 * Documentation: rules/name-consistency.md.
 */
import {lastStartingBefore} from '../../src/analysis/spans.js'
import {attributionsOf} from '../../src/analysis/attributions.js'
import {namesOf, type NameForm} from '../../src/analysis/names.js'
import {gazetteer} from '../../src/lexicon/countries.js'
import {isEnglishWord} from '../../src/lexicon/english-words.js'
import {compileOnce} from '../../src/lexicon/compile-once.js'
import {nameLookAlikes} from '../../src/lexicon/names.js'
import {preferredNames, wholeWordOccurrences, type PreferredName} from '../../src/lexicon/preferred-names.js'
import {defineRule, type Report} from '../../src/rule-kit/rule-kit.js'
import type {DocumentModel} from '../../src/analysis/document.js'

interface Options {
  /** More house-style entries: `{preferred, variants, default?, exceptions?, source?}`. */
  preferredNames?: object[]
  /** Use the shipped house-style list (default true). */
  defaultPreferredNames?: boolean
  /** Forms never to flag. */
  ignore?: string[]
  /** Enforce house-style preferences (former names, transliterations, hyphenation) everywhere, not only where the draft mixes them. */
  stylePreferences?: boolean
}

export default defineRule<Options>(
  {
    id: 'name-consistency',
    description: 'One name spelled two ways in a draft, or against the house-style list.',
    options: {
      preferredNames: {
        type: 'object[]',
        fields: {
          preferred: {type: 'string', required: true},
          variants: {type: 'string[]', required: true},
          default: {type: 'boolean'},
          exceptions: {type: 'string[]'},
          source: {type: 'string'},
          style: {type: 'string'}
        }
      },
      defaultPreferredNames: 'boolean',
      ignore: 'string[]',
      stylePreferences: 'boolean'
    },
    defaults: {preferredNames: [], defaultPreferredNames: true, ignore: [], stylePreferences: false},
    messages: {'house-style': 'a name the house-style list spells another way', 'two-spellings': 'one name spelled two ways in the draft'}
  },
  ({document, options, report}) => {
    const ignored = new Set(options.ignore)
    const {entries, houseForms} = houseStyleTable(
      Boolean(options.defaultPreferredNames),
      Boolean(options.stylePreferences),
      options.preferredNames as PreferredName[]
    )
    const reported: Array<{start: number; end: number}> = []
    const quotations = [...document.quotations].sort((a, b) => a.start - b.start)
    const send = (item: Report) => {
      if (ignored.has(document.text.slice(item.start, item.end))) return
      // A quotation keeps the speaker's or the document's spelling.
      const quotation = quotations[lastStartingBefore(quotations, item.start, (span) => span.start)]
      if (quotation && item.end <= quotation.end) return
      // One message per stretch of text: `Jarosław Kaczyński` covers `Kaczyński`.
      const at = lastStartingBefore(reported, item.end - 1, (span) => span.start)
      const near = reported[at]
      if (near && item.start < near.end && near.start < item.end) return
      reported.splice(at + 1, 0, {start: item.start, end: item.end})
      report(item)
    }
    // An interviewee's answers are their own words, like a quotation (`when there was a blast in Bombay`).
    const transcript = attributionsOf(document).transcript
    const paragraphs = document.paragraphs
    const quoted = (start: number, end: number) => {
      const quotation = quotations[lastStartingBefore(quotations, start, (span) => span.start)]
      if (quotation !== undefined && end <= quotation.end) return true
      return transcript.size > 0 && transcript.has(lastStartingBefore(paragraphs, start, (paragraph) => paragraph.start))
    }
    for (const item of houseStyle(document, entries, quoted)) send(item)
    for (const item of variants(document, houseForms)) send(item)
  }
)

/** The house-style entries for a set of options, and every form they name: the same for every draft, so built once. */
const houseStyleTable = compileOnce((shippedList: boolean, stylePreferences: boolean, extra: readonly PreferredName[]) => {
  // A style preference is a house choice: unless asked for, it only speaks where the draft mixes the forms.
  const shipped = (shippedList ? preferredNames : []).map((entry) =>
    entry.style === 'preference' && !stylePreferences ? {...entry, default: false} : entry
  )
  const entries: readonly PreferredName[] = [...shipped, ...extra]
  const houseForms: ReadonlySet<string> = new Set(entries.flatMap((entry) => [entry.preferred, ...entry.variants]))
  return {entries, houseForms}
})

/** House style: the first use of an avoided form per entry, with how many more there are. */
function houseStyle(document: DocumentModel, entries: readonly PreferredName[], quoted: (start: number, end: number) => boolean): Report[] {
  const text = document.text
  const found: Report[] = []
  for (const entry of entries) {
    if (!entry || typeof entry.preferred !== 'string' || !Array.isArray(entry.variants)) continue
    const preferredAt = wholeWordOccurrences(text, entry.preferred)
    const preferredEnds = preferredAt.map((start) => start + entry.preferred.length)
    if (entry.default === false && preferredAt.length === 0) continue
    const uses: Array<{start: number; form: string}> = []
    for (const form of entry.variants) {
      // An abbreviation beside the full name (`Islamic State ... ISIS`) is not a second spelling.
      if (entry.default === false && form === form.toUpperCase()) continue
      for (const start of wholeWordOccurrences(text, form)) {
        if (insideAny(start, form.length, preferredAt, preferredEnds)) continue
        if (formerName(text, start)) continue // `Chennai (formerly Madras)`
        // A preference yields to a proper name that keeps the old form (`KSR Bangalore station`, `Bombay High Court`).
        if (entry.default === false && insideProperName(text, start, start + form.length)) continue
        if (inException(text, start, form, entry.exceptions ?? [])) continue
        if (quoted(start, start + form.length)) continue // quotations keep their spelling
        uses.push({start, form})
      }
    }
    if (uses.length === 0) continue
    uses.sort((a, b) => a.start - b.start)
    const first = uses[0]
    const fix = pluralFix(first.form, entry)
    const more = uses.length > 1 ? ` (and ${uses.length - 1} more use${uses.length > 2 ? 's' : ''} further on)` : ''
    const why = entry.default === false ? `the draft also writes \`${entry.preferred}\`` : `house style is \`${entry.preferred}\``
    found.push({
      start: first.start,
      end: first.start + first.form.length,
      messageId: 'house-style',
      reason: `Name spelled against house style: \`${first.form}\`${more}; ${why}, so write \`${fix}\` throughout`,
      expected: [fix],
      note: entry.source ? `Source: ${entry.source}` : undefined
    })
  }
  return found
}

/** Inside one of the sorted spans? One binary search, not a scan: linear over the draft. */
function insideAny(start: number, length: number, starts: number[], ends: number[]): boolean {
  const at = lastStartingBefore(starts, start, (value) => value)
  return at >= 0 && start + length <= ends[at]
}

/** A former or alternative name given in passing: `(formerly Madras)`, `(Bombay)`, `once known as Peking`. */
function formerName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start)
  const open = before.lastIndexOf('(')
  if (open >= 0 && before.indexOf(')', open) < 0) return true
  return /\b(?:formerly|previously|once|then|née|nee|known as|called|renamed from)\s+$/i.test(before)
}

/** A capitalised word right before (mid-sentence) or right after: the form is part of a longer name. */
function insideProperName(text: string, start: number, end: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? ''
  const after = /^\s+(\S+)/u.exec(text.slice(end, end + 30))?.[1] ?? ''
  const capitalised = (word: string) => /^\p{Lu}/u.test(word)
  // Before it, a name word mid-sentence (`KSR`, `IIT`), not a capitalised opener (`The`, `In`).
  const nameBefore = capitalised(before) && !/[.!?:]$/u.test(before) && !isEnglishWord(before.toLowerCase())
  return nameBefore || capitalised(after)
}

function inException(text: string, start: number, form: string, exceptions: string[]): boolean {
  return exceptions.some((exception) => {
    const offset = exception.indexOf(form)
    return offset >= 0 && text.slice(start - offset, start - offset + exception.length) === exception
  })
}

/** `Uighurs` → `Uyghurs`: keep the plural of the variant. */
function pluralFix(form: string, entry: PreferredName): string {
  if (form.endsWith('s') && !entry.preferred.endsWith('s') && entry.variants.includes(form.slice(0, -1))) return entry.preferred + 's'
  return entry.preferred
}

interface Spelling {
  text: string
  key: string
  uses: NameForm[]
  /** Capitalised words seen before / after it: first names, surnames. */
  before: Set<string>
  after: Set<string>
}

/**
 * In-draft variants: forms whose folded keys are equal (case, spacing, hyphen,
 * diacritics), or one-letter slips of a single word, or two-letter slips of a
 * surname written after the same first name.
 */
function variants(document: DocumentModel, houseForms: ReadonlySet<string>): Report[] {
  const {forms, lowercaseWords} = namesOf(document)
  const spellings = new Map<string, Spelling>()
  for (const form of forms) {
    let spelling = spellings.get(form.text)
    if (!spelling) {
      spelling = {text: form.text, key: form.key, uses: [], before: new Set(), after: new Set()}
      spellings.set(form.text, spelling)
    }
    spelling.uses.push(form)
    if (form.before) spelling.before.add(form.before)
    if (form.after) spelling.after.add(form.after)
  }

  const pairs: Array<[Spelling, Spelling]> = []
  // Same key: the same letters, written differently.
  const byKey = group([...spellings.values()], (spelling) => [spelling.key])
  for (const list of byKey.values()) {
    for (let index = 1; index < list.length; index++) pairs.push([list[0], list[index]])
  }
  // A slip of one letter (or two adjacent letters swapped): single words of five letters or more.
  const singles = [...spellings.values()].filter((spelling) => spelling.uses[0].words === 1 && spelling.key.length >= 5)
  // Each spelling is set against the few most-used spellings of its group only: a slip is
  // reported against a dominant form, so this finds the same pairs in linear time.
  const byDeletion = group(singles, (spelling) => deletions(spelling.key))
  const compared = new Set<string>()
  pairWithLeaders(byDeletion, compared, pairs, (leader, other) => editDistance(leader.key, other.key, 1) <= 1)
  // A doubled or tripled letter: `Chirrrac` / `Chirac` are one key once runs of a letter are one letter.
  // Four-letter names too (`Sara`, `Saraa`), and a swap of two letters in them (`Munk`, `Mnuk`):
  // kinds of slip that seldom make another name, unlike a changed letter (`Ross`, `Russ`).
  const shortOrLonger = [...spellings.values()].filter((spelling) => spelling.uses[0].words === 1 && spelling.key.length >= 4)
  const byRuns = group(shortOrLonger, (spelling) => [collapseRuns(spelling.key)])
  pairWithLeaders(byRuns, compared, pairs, () => true)
  const fourLetters = shortOrLonger.filter((spelling) => spelling.key.length === 4)
  const bySwap = group(fourLetters, (spelling) => [[...spelling.key].sort().join('')])
  pairWithLeaders(bySwap, compared, pairs, (leader, other) => editDistance(leader.key, other.key, 1) <= 1)
  // Two letters apart, written after the same first name: `Melanie Joly` / `Melanie Jolie`.
  const byFirstName = group(
    [...spellings.values()].filter((spelling) => spelling.uses[0].words === 1 && spelling.key.length >= 4),
    (spelling) => [...spelling.before]
  )
  for (const list of byFirstName.values()) {
    for (let a = 0; a < list.length && a < 20; a++) {
      for (let b = a + 1; b < list.length && b < 20; b++) {
        if (list[a].key === list[b].key) continue
        if (editDistance(list[a].key, list[b].key, 2) <= 2) pairs.push([list[a], list[b]])
      }
    }
  }

  const found: Array<Report & {words: number}> = []
  const done = new Set<string>()
  for (const [one, two] of pairs) {
    const [dominant, variant] = rank(one, two)
    if (done.has(variant.text)) continue
    if (!looksLikeOneName(dominant, variant, lowercaseWords, houseForms)) continue
    // `Mohammad Mir Mohammadi`, `Carl Carr`: a given name and a surname of one person, one letter apart.
    if (dominant.key !== variant.key && inOneFullName(dominant, variant, document.text)) continue
    done.add(variant.text)
    for (const use of variant.uses) {
      found.push({
        words: use.words,
        start: use.start,
        end: use.end,
        messageId: 'two-spellings',
        reason: accentsOnly(dominant, variant)
          ? `Name spelled two ways: \`${variant.text}\` here without its accents, \`${dominant.text}\` elsewhere in the draft; write \`${dominant.text}\` throughout`
          : `Name spelled two ways: \`${variant.text}\` here, \`${dominant.text}\` ${dominant.uses.length > 1 ? `${dominant.uses.length} times` : 'elsewhere'} in the draft; check the spelling and use one form`,
        expected: [dominant.text]
      })
    }
  }
  // Single words first, so a message on `Kaczyński` is not repeated for `Jarosław Kaczyński`.
  return found.sort((a, b) => a.words - b.words || a.start - b.start).map(({words: _words, ...item}) => item)
}

/** Up to two capitalised words between two parts of one full name (`Mohammad Mir-Mohammadi`). */
function namePartsBetween(gap: string): boolean {
  if (!/^[\s-]/u.test(gap) || !/[\s-]$/u.test(gap)) return false
  const words = gap.split(/[\s-]+/u).filter((word) => word.length > 0)
  return words.length <= 2 && words.every((word) => /^\p{Lu}[\p{L}.'’]*$/u.test(word))
}

/** Do the two spellings stand in one run of capitalised words somewhere (given name, surname)? */
function inOneFullName(one: Spelling, two: Spelling, text: string): boolean {
  const bySentence = new Map<number, NameForm[]>()
  for (const use of one.uses) bySentence.set(use.sentence, [...(bySentence.get(use.sentence) ?? []), use])
  for (const use of two.uses) {
    for (const other of bySentence.get(use.sentence) ?? []) {
      const [first, second] = other.start < use.start ? [other, use] : [use, other]
      if (second.start > first.end && second.start - first.end < 60 && namePartsBetween(text.slice(first.end, second.start))) return true
    }
  }
  return false
}

/** Without its accents: `Erdoğan` → `Erdogan`. */
function unaccented(text: string): string {
  let plain = ''
  for (const character of text.normalize('NFD')) if (!/\p{M}/u.test(character)) plain += baseLetters[character] ?? character
  return plain
}

/** Letters with a stroke or ligature that no combining mark takes apart, case kept. */
const baseLetters: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  þ: 'th',
  ð: 'd'
}

/** How many letters differ from their unaccented form. */
function marksIn(text: string): number {
  let count = 0
  for (const character of text) if (unaccented(character) !== character) count++
  return count
}

function accentsOnly(dominant: Spelling, variant: Spelling): boolean {
  return dominant.text !== variant.text && unaccented(dominant.text) === variant.text
}

/**
 * The dominant form first: the accented one when the two differ only by
 * accents (a fix never strips diacritics), else more uses, or on a tie the earlier.
 */
function rank(a: Spelling, b: Spelling): [Spelling, Spelling] {
  if (a.text !== b.text && unaccented(a.text) === unaccented(b.text)) {
    const marksA = marksIn(a.text)
    const marksB = marksIn(b.text)
    if (marksA !== marksB) return marksA > marksB ? [a, b] : [b, a]
  }
  if (a.uses.length !== b.uses.length) return a.uses.length > b.uses.length ? [a, b] : [b, a]
  return a.uses[0].start <= b.uses[0].start ? [a, b] : [b, a]
}

function looksLikeOneName(
  dominant: Spelling,
  variant: Spelling,
  lowercaseWords: ReadonlySet<string>,
  houseForms: ReadonlySet<string>
): boolean {
  if (houseForms.has(variant.text) && houseForms.has(dominant.text)) return false // the house-style check speaks for these
  // Two people: each written with its own first name (Anna Larsen, Erik Larson), or each with its own surname.
  // Only name-like neighbours count: `Turkish Cypriot` and `Greek Cypriot` are one word after two adjectives.
  if (disjoint(personal(dominant.before), personal(variant.before)) || disjoint(personal(dominant.after), personal(variant.after)))
    return false
  // All capitals against ordinary case (`ALMA` and `Alma`, a `SOCIETY` heading): an acronym or a shouted line.
  const [capsA, capsB] = [capitalsWords(dominant.text), capitalsWords(variant.text)]
  if (capsA.length === capsB.length ? capsA !== capsB : capsA.includes('C') || capsB.includes('C')) return false
  // Points in an abbreviation (`U.S.` and `US`, `Dr.` and `Dr`) are house style, not the spelling of a name.
  if (dominant.text.replaceAll('.', '') === variant.text.replaceAll('.', '')) return false
  // `The EastAfrican` (a newspaper) beside `East African` (a region's adjective): a brand run together.
  if (dominant.key === variant.key && (brandOfPlaceWords(dominant, variant) || brandOfPlaceWords(variant, dominant))) return false
  if (dominant.key === variant.key) return true
  if (accentsOnly(dominant, variant)) return true
  // A slip of letters. Misspellings seldom change the first letter, and the slip is the rarer form.
  if (dominant.key.charAt(0) !== variant.key.charAt(0)) return false
  if (dominant.uses.length < variant.uses.length) return false
  if (dominant.uses.length === variant.uses.length && !introducedThenSlipped(dominant, variant)) return false
  // Not two known places or nationalities (Iran, Iraq; Sudan), not a word and its derivative (Israel, Israeli).
  // A misspelt place is still caught (`Afirca`), but not a first name beside one (`Susan Obi`, `Sudan`).
  if (knownWords.has(variant.text) || (knownWords.has(dominant.text) && (variant.after.size > 0 || variant.before.size > 0))) return false
  // A word and its derivative (`Israel`, `Israeli`; `Japan`, `Japanese`), not a dropped or doubled last letter (`Pogue`, `Poguee`).
  if (derivative(dominant.key, variant.key) || derivative(variant.key, dominant.key)) return false
  if (lookAlikes.has(dominant.key + ' ' + variant.key)) return false
  // A common word that looks like the name (Major, Mayor): the draft, or English, has it in lower case.
  for (const key of [dominant.key, variant.key]) if (lowercaseWords.has(key) || isEnglishWord(key)) return false
  return true
}

/**
 * On a tie, a slip is still likely when both follow the same first name
 * (`Melanie Joly`, `Melanie Jolie`), or when the person is introduced with
 * a first name and the later, bare surname differs (`Amara Okonkwo` ... `Okonkow`).
 */
function introducedThenSlipped(dominant: Spelling, variant: Spelling): boolean {
  for (const name of variant.before) if (dominant.before.has(name)) return true
  return dominant.before.size > 0 && variant.before.size === 0 && dominant.uses[0].start < variant.uses[0].start
}

/** `EastAfrican` against `East African`: one camel-cased word, and the spaced form is made of place words. */
function brandOfPlaceWords(joined: Spelling, spaced: Spelling): boolean {
  if (!/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(joined.text)) return false
  const words = spaced.text.split(' ')
  return words.length === 2 && words.every((word) => knownWords.has(word))
}

/**
 * One name the start of the other (`Israel`, `Israeli`; `Auriga`, `Aurigae`) is a
 * derivative, unless the longer one only doubles its last letter (`Pogue`, `Poguee`)
 * or a long name lost its last letter (`Turkington`, `Turkingto`).
 */
function derivative(stem: string, word: string): boolean {
  if (word.length <= stem.length || !word.startsWith(stem)) return false
  const extra = word.slice(stem.length)
  // A plural (`Ukrainian`, `Ukrainians`), but not a doubled final s (`Hawkins`, `Hawkinss`).
  if (extra === 's') return !stem.endsWith('s')
  if (extra.length === 1 && extra === stem.charAt(stem.length - 1)) return false
  // One letter more makes a derivative only as an adjective or a place ending (`Israeli`, `Bengali`,
  // `Aurigae`, `Somalia`, `Iranian`): `Moreau`/`Morea` and `Kurtzer`/`Kurtze` are a name and a slip.
  if (extra.length === 1) return stem.length < 8 && derivativeEndings.has(extra)
  return true
}

/** Letters that end a derivative of a name: demonyms and adjectives (`-i`, `-n`), Latin and place forms (`-a`, `-e`). */
const derivativeEndings: ReadonlySet<string> = new Set(['i', 'n', 'a', 'e'])

/** Which words are written all in capitals (two letters or more): `CAOS Linux` → `Cx`. */
function capitalsWords(text: string): string {
  return text
    .split(/[\s-]+/)
    .map((word) => (word.length > 1 && !/\p{Ll}/u.test(word) ? 'C' : 'x'))
    .join('')
}

/** Every word of every known country, capital, seat and demonym name. */
const knownWords: ReadonlySet<string> = new Set([...gazetteer.values()].flatMap((entries) => entries.flatMap((entry) => entry.words)))

/** Distinct names one letter apart (data/name-lookalikes.json), both orders. */
const lookAlikes: ReadonlySet<string> = new Set(
  nameLookAlikes.flatMap((names) => {
    const [a, b] = names.map((name) => name.toLowerCase())
    return [a + ' ' + b, b + ' ' + a]
  })
)

/** The neighbours that can be a given name or a surname: not a place, a nationality or an English word. */
function personal(words: ReadonlySet<string>): Set<string> {
  const names = new Set<string>()
  for (const word of words) if (!knownWords.has(word) && !isEnglishWord(word.toLowerCase())) names.add(word)
  return names
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false
  for (const item of a) if (b.has(item)) return false
  return true
}

function group<Item>(items: Item[], keys: (item: Item) => string[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    for (const key of keys(item)) {
      const list = groups.get(key)
      if (!list) groups.set(key, [item])
      // Items come one at a time: a key the item gave already has it last (no set of keys per item).
      else if (list[list.length - 1] !== item) list.push(item)
    }
  }
  return groups
}

/**
 * Pair each spelling of a group with the group's few most-used spellings
 * (once per pair across groups) when `accept` says they are one name.
 */
function pairWithLeaders(
  groups: ReadonlyMap<string, Spelling[]>,
  compared: Set<string>,
  pairs: Array<[Spelling, Spelling]>,
  accept: (leader: Spelling, other: Spelling) => boolean
): void {
  for (const list of groups.values()) {
    // A spelling alone in its group has nothing to be paired with (most groups of deletions).
    if (list.length < 2) continue
    for (const leader of mostUsed(list, maxLeaders)) {
      for (const other of list) {
        if (other === leader || other.key === leader.key) continue
        const id = leader.text < other.text ? leader.text + '\u0000' + other.text : other.text + '\u0000' + leader.text
        if (compared.has(id)) continue
        compared.add(id)
        if (accept(leader, other)) pairs.push([leader, other])
      }
    }
  }
}

/** How many of a group's most-used spellings every other spelling is compared with. */
const maxLeaders = 3

function mostUsed(list: Spelling[], count: number): Spelling[] {
  const leaders: Spelling[] = []
  for (const spelling of list) {
    leaders.push(spelling)
    leaders.sort((a, b) => b.uses.length - a.uses.length || a.uses[0].start - b.uses[0].start)
    if (leaders.length > count) leaders.pop()
  }
  return leaders
}

/** `chirrrac` → `chirac`: a run of one letter counts once. */
function collapseRuns(key: string): string {
  let out = ''
  for (const character of key) if (out.charAt(out.length - 1) !== character) out += character
  return out
}

/** The word and every form of it with one letter left out: two words one slip apart share one of these. */
function deletions(word: string): string[] {
  const keys = [word]
  for (let index = 0; index < word.length; index++) keys.push(word.slice(0, index) + word.slice(index + 1))
  return keys
}

/** Optimal string alignment distance (adjacent swaps count once), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows: number[][] = [Array.from({length: b.length + 1}, (_, index) => index)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1)
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    rows.push(row)
  }
  return rows[a.length][b.length]
}
