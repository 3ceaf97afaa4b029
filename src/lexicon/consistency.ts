/**
 * Word lists of the consistency rules (number-, title-, timeline-consistency
 * and quote-integrity), from data/, as sets and maps built once per process.
 */
import eventData from '../../data/event-words.json' with {type: 'json'}
import figureData from '../../data/figure-frames.json' with {type: 'json'}
import functionWordData from '../../data/function-words.json' with {type: 'json'}
import titleData from '../../data/person-titles.json' with {type: 'json'}

export type FigureWordKind = 'outcome' | 'update' | 'hedge' | 'other' | 'generic' | 'separate' | 'currency' | 'money' | 'percent'

/** Words of one kind from data/figure-frames.json. */
export function figureWords(kind: FigureWordKind): ReadonlySet<string> {
  return new Set(figureData.entries.filter((entry) => entry.kind === kind).map((entry) => entry.word))
}

/** Outcome words (`killed`, `dead`) and the fact each counts (`killed`). */
export const outcomeFacts: ReadonlyMap<string, string> = new Map(
  figureData.entries.filter((entry) => entry.kind === 'outcome' && entry.fact).map((entry) => [entry.word, entry.fact!])
)

/** Facts of one kind by word: currencies to their ISO code (`€` → `eur`), money words (`cost`, `fined`) and percentage words (`turnout`) to the fact they bind. */
function figureFacts(kind: FigureWordKind): ReadonlyMap<string, string> {
  return new Map(figureData.entries.filter((entry) => entry.kind === kind && entry.fact).map((entry) => [entry.word, entry.fact!]))
}
export const currencies = figureFacts('currency')
export const moneyFacts = figureFacts('money')
export const percentFacts = figureFacts('percent')

/** Title words (data/person-titles.json) by kind: office, rank, abbreviation, change, portfolio, grade. */
export const titleKinds: ReadonlyMap<string, string> = new Map(titleData.entries.map((entry) => [entry.word, entry.kind]))
/** Abbreviated titles written out: `sen` → `senator`. */
export const titleAbbreviations: ReadonlyMap<string, string> = new Map(
  titleData.entries.filter((entry) => entry.canonical).map((entry) => [entry.word, entry.canonical!])
)

/** Event words (`announced`, `announcement`) and the event they name (`announce`). */
export const eventLemmas: ReadonlyMap<string, string> = new Map(
  eventData.entries.filter((entry) => entry.kind === 'event' && entry.event).map((entry) => [entry.word, entry.event!])
)
/** Words that make a dated event another occasion (`will`, `again`, `separate`). */
export const occasionWords: ReadonlySet<string> = new Set(
  eventData.entries.filter((entry) => entry.kind === 'occasion').map((entry) => entry.word)
)

export const functionWords: ReadonlySet<string> = new Set(functionWordData.entries.map((entry) => entry.word))
