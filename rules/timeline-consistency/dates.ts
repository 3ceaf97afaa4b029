/** Calendar words and dates as news copy writes them: `Monday, 3 March 2026`, `March 3, 2026`, `2026-03-03`. */
import type {Token} from '../../src/analysis/text.js'

export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const shortMonths = new Map(months.map((month, index) => [month.slice(0, 3), index]))
// Compiled once: a pattern written inside a function is a new object at every call (these run for every word).
const dayNumber = /^(\d{1,2})(?:st|nd|rd|th)?$/
const fourDigits = /^\d{4}$/
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** The weekday a word names (`Monday`, `Monday's`, `Mon.`), as 0 (Sunday) to 6, or -1. */
export function weekdayOf(word: Token): number {
  if (word.value.charAt(0) === word.lower.charAt(0)) return -1
  return weekdays.indexOf(word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower)
}

export function monthOf(word: Token): number {
  if (word.value.charAt(0) === word.lower.charAt(0)) return -1
  const full = months.indexOf(word.lower)
  if (full !== -1) return full
  const short = word.lower.endsWith('.') ? word.lower.slice(0, -1) : word.lower
  // `Sept.` and `Mar.`; but not `may` in lower case (handled above) nor `Mar` without a date after it.
  return short.length >= 3 && short.length <= 4 ? (shortMonths.get(short.slice(0, 3)) ?? -1) : -1
}

export function dayOf(word: Token): number {
  const match = dayNumber.exec(word.lower)
  if (!match) return -1
  const day = Number(match[1])
  return day >= 1 && day <= 31 ? day : -1
}

export function yearOf(word: Token): number {
  if (!fourDigits.test(word.lower)) return -1
  const year = Number(word.lower)
  return year >= 1000 && year <= 2999 ? year : -1
}

export interface CalendarDate {
  year: number
  month: number
  day: number
  /** Index of the last word of the date. */
  last: number
}

/** A date that starts at `words[index]`, in UK, US or ISO order; the year may be missing (-1). */
export function dateAt(words: readonly Token[], index: number): CalendarDate | undefined {
  const word = words[index]
  if (!word) return undefined
  const iso = isoDate.exec(word.lower)
  if (iso) return valid(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), index)
  const day = dayOf(word)
  if (day !== -1) {
    const month = words[index + 1] ? monthOf(words[index + 1]) : -1
    if (month === -1) return undefined
    const year = words[index + 2] ? yearOf(words[index + 2]) : -1
    return valid(year, month, day, year === -1 ? index + 1 : index + 2)
  }
  const month = monthOf(word)
  if (month === -1) return undefined
  const usDay = words[index + 1] ? dayOf(words[index + 1]) : -1
  if (usDay === -1) return undefined
  const year = words[index + 2] ? yearOf(words[index + 2]) : -1
  return valid(year, month, usDay, year === -1 ? index + 1 : index + 2)
}

function valid(year: number, month: number, day: number, last: number): CalendarDate | undefined {
  if (month < 0 || month > 11 || day < 1) return undefined
  const probe = new Date(Date.UTC(year === -1 ? 2000 : year, month, day))
  if (probe.getUTCDate() !== day) return undefined
  return {year, month, day, last}
}

export function weekdayOfDate(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month, day)).getUTCDay()
}

export function describeDate(date: {year: number; month: number; day: number}): string {
  const month = months[date.month]
  return `${date.day} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${date.year}`
}

export function weekdayName(day: number): string {
  const name = weekdays[day]
  return name.charAt(0).toUpperCase() + name.slice(1)
}
