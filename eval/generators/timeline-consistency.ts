/** Dates that disagree: a weekday that is not its date's, or one event on two days. */
import {capitalise, type Generator, type Half, type Pattern, type PlantContext} from '../generator.js'
import {organisations} from '../parts.js'
import {pairPattern, sentencePattern} from '../patterns.js'

const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A date and a weekday that is not its own. */
function wrongWeekday(context: PlantContext): {weekday: string; year: number; month: number; day: number} {
  const year = 2018 + context.rng.int(10)
  const month = context.rng.int(12)
  const day = 1 + context.rng.int(28)
  const actual = new Date(Date.UTC(year, month, day)).getUTCDay()
  // getUTCDay counts from Sunday; `days` starts on Monday.
  const wrong = (actual + 1 + context.rng.int(6)) % 7
  return {weekday: days[(wrong + 6) % 7], year, month, day}
}

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th')
  return `${day}${suffix}`
}

function twoDays(context: PlantContext): [string, string] {
  const first = context.rng.int(7)
  const second = (first + 1 + context.rng.int(6)) % 7
  return [days[first], days[second]]
}
const org = (context: PlantContext) => context.rng.pick(organisations)

const generator: Generator = {
  rule: 'timeline-consistency',
  order: 12,
  patterns: [
    sentencePattern('uk-order', 'tuning', (c) => {
      const d = wrongWeekday(c)
      return `The hearing was held on ${d.weekday}, ${d.day} ${months[d.month]} ${d.year}, in the capital.`
    }),
    sentencePattern('us-order', 'tuning', (c) => {
      const d = wrongWeekday(c)
      return `${capitalise(org(c))} said the vote would take place on ${d.weekday}, ${months[d.month]} ${d.day}, ${d.year}.`
    }),
    sentencePattern('no-comma-uk', 'tuning', (c) => {
      const d = wrongWeekday(c)
      return `Voting closed on ${d.weekday} ${d.day} ${months[d.month]} ${d.year} after a long campaign.`
    }),
    pairPattern('announced-possessive', 'tuning', (c) => {
      const [a, b] = twoDays(c)
      return [
        `${capitalise(org(c))} announced on ${a} that the service would close.`,
        `Staff learned of ${b}'s announcement from the local paper.`
      ]
    }),
    pairPattern('ruled-ruling', 'tuning', (c) => {
      const [a, b] = twoDays(c)
      return [
        `The appeals court ruled on ${a} that the contract was void.`,
        `Lawyers for the city said ${b}'s ruling left them with few options.`
      ]
    }),
    pairPattern('resigned-resignation', 'tuning', (c) => {
      const [a, b] = twoDays(c)
      return [`The party chairman resigned ${a} after weeks of pressure.`, `His resignation on ${b} surprised colleagues.`]
    }),
    sentencePattern('ordinal-day', 'check', (c) => {
      const d = wrongWeekday(c)
      return `The ceremony is planned for ${d.weekday}, ${months[d.month]} ${ordinal(d.day)}, ${d.year}.`
    }),
    sentencePattern('iso-date', 'check', (c) => {
      const d = wrongWeekday(c)
      const pad = (value: number) => String(value).padStart(2, '0')
      return `The notice, dated ${d.weekday}, ${d.year}-${pad(d.month + 1)}-${pad(d.day)}, was posted on the door.`
    }),
    sentencePattern('parenthesis-free-us', 'check', (c) => {
      const d = wrongWeekday(c)
      return `By ${d.weekday} ${months[d.month]} ${d.day}, ${d.year} the river had fallen below the warning level.`
    }),
    pairPattern('decided-decision', 'check', (c) => {
      const [a, b] = twoDays(c)
      return [`The board decided on ${a} to delay the merger.`, `Shareholders criticised ${b}'s decision at the meeting.`]
    }),
    pairPattern('signed-signing', 'check', (c) => {
      const [a, b] = twoDays(c)
      return [`The two governments signed the treaty on ${a} in a brief ceremony.`, `The signing on ${b} was broadcast live.`]
    }),
    pairPattern('approved-approval', 'check', (c) => {
      const [a, b] = twoDays(c)
      return [`Regulators approved the drug ${a}, the company said.`, `Shares rose after ${b}'s approval.`]
    })
  ]
}

export default generator
