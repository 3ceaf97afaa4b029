/** A word typed twice (`the the`), in a corpus sentence, outside quotations; many word classes. */
import words_ from 'an-array-of-english-words' with {type: 'json'}
import type {Candidate, Generator, Half, Pattern, PlantContext} from '../generator.js'

const english = new Set(words_ as string[])

const word = /[\p{L}][\p{L}']*/gu

interface Slot {
  start: number
  end: number
  value: string
}

function words(candidate: Candidate): Slot[] {
  const slots: Slot[] = []
  for (const match of candidate.unit.text.matchAll(word)) {
    const start = match.index
    const end = start + match[0].length
    const text = candidate.unit.text
    // Part of a hyphenated word (`co-sponsored`) is no word of its own: doubling it plants `co-sponsored sponsored`.
    if (text.charAt(start - 1) === '-' || text.charAt(end) === '-') continue
    if (candidate.outside.slice(start, end).every(Boolean)) slots.push({start, end, value: match[0]})
  }
  return slots
}

/** Double a word of the class somewhere in a corpus sentence. */
function doubling(id: string, half: Half, test: (value: string, index: number, start: number) => boolean): Pattern {
  return {
    id,
    half,
    plant(context: PlantContext) {
      for (const candidate of context.candidates()) {
        const slots = words(candidate).filter((slot, index, all) => {
          if (!test(slot.value, index, slot.start)) return false
          // Not next to the same word already, and not a doubling English allows (`had had`, `that that`).
          return (
            all[index - 1]?.value.toLowerCase() !== slot.value.toLowerCase() &&
            all[index + 1]?.value.toLowerCase() !== slot.value.toLowerCase()
          )
        })
        if (slots.length === 0) continue
        const slot = context.rng.pick(slots)
        const text = candidate.unit.text
        const copy = slot.start === 0 ? slot.value.toLowerCase() : slot.value
        const planted = text.slice(0, slot.end) + ' ' + copy + text.slice(slot.end)
        return {units: [context.rewrite(candidate, planted)], text: planted, span: `${slot.value} ${copy}`}
      }
      return undefined
    }
  }
}

const set = (list: string) => new Set(list.split(' '))
const articles = set('the')
const indefinite = set('a an')
const ofIn = set('of in on at')
const toFor = set('to for with from by')
const conjunctions = set('and but or')
const auxiliaries = set('was were is are will would could has have been')
const pronouns = set('he she it they we his her their its')
const allowed = set('that had is do very')
const function_ = new Set([...articles, ...indefinite, ...ofIn, ...toFor, ...conjunctions, ...auxiliaries, ...pronouns, ...allowed])

const generator: Generator = {
  rule: 'repeated-words',
  order: 6,
  patterns: [
    doubling('article-the', 'tuning', (value, index) => index > 0 && articles.has(value)),
    doubling('preposition-of-in', 'tuning', (value) => ofIn.has(value)),
    doubling('conjunction', 'tuning', (value) => conjunctions.has(value)),
    doubling('auxiliary', 'tuning', (value) => auxiliaries.has(value)),
    doubling('content-noun-or-verb', 'tuning', (value, index) => index > 0 && /^\p{Ll}{5,}$/u.test(value) && !function_.has(value)),
    // The sentence's own first word: not the first word after a quotation or a label (`…," Baloch wrote`, `((Sara Seager))`).
    doubling('sentence-opener', 'tuning', (value, index, start) => index === 0 && start === 0 && /^\p{Lu}\p{Ll}+$/u.test(value)),
    doubling('article-indefinite', 'check', (value) => indefinite.has(value)),
    doubling('preposition-to-for', 'check', (value) => toFor.has(value)),
    doubling('pronoun', 'check', (value, index) => index > 0 && pronouns.has(value)),
    doubling('short-content-word', 'check', (value, index) => index > 0 && /^\p{Ll}{3,4}$/u.test(value) && !function_.has(value)),
    // A capitalised ordinary word (`Monday Monday`, `European European`), not a name: `Sirhan Sirhan` is one.
    doubling(
      'capitalised-word',
      'check',
      (value, index) => index > 0 && /^\p{Lu}\p{Ll}{2,}$/u.test(value) && english.has(value.toLowerCase())
    ),
    doubling('number-word', 'check', (value) => /^(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million)$/.test(value))
  ]
}

export default generator
