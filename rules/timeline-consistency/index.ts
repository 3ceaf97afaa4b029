/**
 * timeline-consistency: one event dated two ways (`announced on Monday` …
 * `Tuesday's announcement`), and a weekday that contradicts the date it
 * names (`Monday, 3 March 2026`, a Tuesday).
 * Documentation: rules/timeline-consistency/README.md.
 */
import {eventLemmas, occasionWords} from '../../src/lexicon/consistency.js'
import type {Sentence, Token} from '../../src/analysis/text.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'
import {dateAt, describeDate, weekdayName, weekdayOf, weekdayOfDate} from './dates.js'

interface Options {
  /** Compare the days given for one event (`announced on Monday` … `Tuesday's announcement`). */
  events?: boolean
  /** With a dateline or a front-matter date, read `yesterday`, `today` and `tomorrow` as the weekdays they name. */
  relativeDays?: boolean
}

const eventOf = eventLemmas
/** Compiled once (a pattern inside a function is a new object at every call). */
const possessiveEnding = /['\u2019]s$/
/** How far after an event word its day may stand (`announced the plan on Monday`). */
const eventReach = 6

interface Dated {
  event: string
  weekday: number
  /** The weekday as written. */
  word: Token
  /** The phrase that dates the event (`announced on Monday`, `Tuesday's announcement`). */
  phraseStart: number
  phraseEnd: number
}

export default defineRule<Options>(
  {
    id: 'timeline-consistency',
    description: 'One event dated two ways, or a weekday that is not the day of the date it names.',
    options: {events: 'boolean', relativeDays: 'boolean'},
    defaults: {events: true, relativeDays: true},
    messages: {'two-days': 'one event dated on two different days', 'wrong-weekday': 'a weekday that is not the day of the date it names'}
  },
  ({document, options, report}) => {
    // A date without a year takes the draft's own (front matter or dateline): a full date further down
    // may be another year's (`Wednesday, 16 July 2022` … `on Tuesday, January 21`).
    const own = draftDate(document.text, document.sentences)
    const year = own?.year ?? frontMatterYear(document.text)
    // `yesterday`, `today`, `tomorrow` name a weekday only against the draft's own date.
    const today = options.relativeDays ? own : undefined
    const relative = today ? relativeWeekdays(weekdayOfDate(today.year, today.month, today.day)) : undefined
    const dated: Dated[] = []
    for (const sentence of document.sentences) {
      checkWeekdayDates(sentence, year)
      if (options.events) readEvents(sentence, dated, relative)
    }
    const firstByEvent = new Map<string, Dated>()
    const reported = new Set<string>()
    for (const item of dated) {
      if (document.insideQuotation(item.word.start, item.word.end)) continue
      const first = firstByEvent.get(item.event)
      if (!first) {
        firstByEvent.set(item.event, item)
        continue
      }
      if (first.weekday === item.weekday || reported.has(item.event)) continue
      reported.add(item.event)
      report({
        messageId: 'two-days',
        start: item.word.start,
        end: item.word.end,
        reason: `One event, two days: \`${phrase(item)}\`${byDate(item)} here, but \`${phrase(first)}\`${byDate(first)} on line ${document.point(first.word.start).line}; check which day is right`
      })
    }

    /** For a relative day, the weekday it names by the draft's date. */
    function byDate(item: Dated): string {
      if (!today || weekdayOf(item.word) !== -1) return ''
      return ` (a ${weekdayName(item.weekday)} by the draft's date, ${describeDate(today)})`
    }

    function phrase(item: Dated): string {
      return document.text.slice(item.phraseStart, item.phraseEnd).replace(/\s+/g, ' ')
    }

    function checkWeekdayDates(sentence: Sentence, defaultYear: number): void {
      const words = sentence.words
      for (let index = 0; index + 1 < words.length; index++) {
        const weekday = weekdayOf(words[index])
        if (weekday === -1 || !onlyCommaBetween(sentence, words[index], words[index + 1])) continue
        const date = dateAt(words, index + 1)
        if (!date) continue
        const dateYear = date.year === -1 ? defaultYear : date.year
        if (dateYear === -1) continue
        const actual = weekdayOfDate(dateYear, date.month, date.day)
        if (actual === weekday) continue
        const last = words[date.last]
        const full = {year: dateYear, month: date.month, day: date.day}
        report({
          messageId: 'wrong-weekday',
          start: words[index].start,
          end: last.end,
          reason: `Wrong weekday: ${describeDate(full)} is a ${weekdayName(actual)}, not a ${weekdayName(weekday)}; check the day or the date`
        })
      }
    }
  }
)

function onlyCommaBetween(sentence: Sentence, left: Token, right: Token): boolean {
  for (let index = left.index + 1; index < right.index; index++) {
    const token = sentence.tokens[index]
    if (token.kind !== 'whitespace' && token.value !== ',') return false
  }
  return true
}

function noPunctuationBetween(sentence: Sentence, left: Token, right: Token): boolean {
  for (let index = left.index + 1; index < right.index; index++) {
    const kind = sentence.tokens[index].kind
    if (kind === 'punctuation' || kind === 'symbol') return false
  }
  return true
}

/** `Monday's announcement`, `announced on Monday`, `the decision on Tuesday`; with the draft's date, `announced yesterday`. */
function readEvents(sentence: Sentence, dated: Dated[], relative: ReadonlyMap<string, number> | undefined): void {
  const words = sentence.words
  const dayOf = (word: Token): number => {
    const weekday = weekdayOf(word)
    return weekday !== -1 || !relative ? weekday : (relative.get(word.lower.replace(possessiveEnding, '')) ?? -1)
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    const weekday = dayOf(word)
    if (weekday !== -1 && word.lower.endsWith("'s")) {
      const event = words[index + 1] ? eventOf.get(words[index + 1].lower) : undefined
      if (event && !occasionNear(words, index)) dated.push({event, weekday, word, phraseStart: word.start, phraseEnd: words[index + 1].end})
      continue
    }
    const event = eventOf.get(word.lower)
    // `will vote on Friday`, `a separate report published Wednesday`: another occasion.
    if (!event || occasionNear(words, index)) continue
    for (let at = index + 1; at < words.length && at <= index + eventReach; at++) {
      if (!noPunctuationBetween(sentence, words[at - 1], words[at])) break
      if (eventOf.has(words[at].lower) || occasionWords.has(words[at].lower)) break
      const day = dayOf(words[at])
      if (day === -1) continue
      if (!words[at].lower.endsWith("'s"))
        dated.push({event, weekday: day, word: words[at], phraseStart: word.start, phraseEnd: words[at].end})
      break
    }
  }
}

/** An occasion word among the three words before an event word. */
function occasionNear(words: readonly Token[], index: number): boolean {
  for (let at = Math.max(0, index - 3); at < index; at++) if (occasionWords.has(words[at].lower)) return true
  return false
}

/** `yesterday`, `today`, `tomorrow` to the weekdays they name when the draft is dated on `weekday`. */
function relativeWeekdays(weekday: number): ReadonlyMap<string, number> {
  return new Map([
    ['yesterday', (weekday + 6) % 7],
    ['today', weekday],
    ['tomorrow', (weekday + 1) % 7]
  ])
}

/** Paragraphs a dateline may stand in: after a headline and a byline at most. */
const datelineParagraphs = 3
/** Words before the date in a dateline (`BERLIN, Thursday,`). */
const datelineReach = 6

/**
 * The draft's own date: front matter `date: 2026-05-20`, or a dateline (a full
 * date among the first words of one of the first paragraphs:
 * `Friday, January 4, 2019`, `BERLIN, Thursday, 12 February 2026 --`).
 */
function draftDate(text: string, sentences: readonly Sentence[]): {year: number; month: number; day: number} | undefined {
  if (text.startsWith('---')) {
    const match = /\ndate:\s*["']?(\d{4})-(\d{2})-(\d{2})/.exec(text.slice(0, 2000))
    if (match) {
      const date = {year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3])}
      if (date.month >= 0 && date.month <= 11 && date.day >= 1 && date.day <= 31) return date
    }
  }
  for (const sentence of sentences) {
    if (sentence.paragraph >= datelineParagraphs) break
    const words = sentence.words
    for (let index = 0; index < Math.min(words.length, datelineReach); index++) {
      const date = dateAt(words, index)
      if (date && date.year !== -1) return {year: date.year, month: date.month, day: date.day}
    }
  }
  return undefined
}

/** The year of a front-matter `date:` given without a full date (`date: 2026`). */
function frontMatterYear(text: string): number {
  if (!text.startsWith('---')) return -1
  const match = /\ndate:\s*["']?(\d{4})/.exec(text.slice(0, 2000))
  return match ? Number(match[1]) : -1
}
