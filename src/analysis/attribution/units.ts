/**
 * Statement units: a quotation that spans sentences (`"A. B," she said.`)
 * makes them one unit, so a credit and the quote it belongs to are read
 * together. One pass over the sentences.
 */
import type {Quotation} from '../quotes.js'
import type {Sentence} from '../text.js'
import type {Unit} from './types.js'

export function buildUnits(sentences: readonly Sentence[], quotations: readonly Quotation[]): {units: Unit[]; unitOfSentence: number[]} {
  const joinsNext = new Array<boolean>(sentences.length).fill(false)
  for (const quotation of quotations) {
    // A quotation left open to its paragraph's end joins nothing: its tokens are quoted, and its sentences stay apart.
    if (!quotation.closed) continue
    for (let index = quotation.startSentence; index < quotation.endSentence; index++) joinsNext[index] = true
  }
  const units: Unit[] = []
  const unitOfSentence: number[] = []
  let current: Unit | undefined
  for (const sentence of sentences) {
    if (!current || current.paragraph !== sentence.paragraph) {
      const previous = units[units.length - 1]
      current = newUnit(units.length, sentence, !previous || previous.paragraph !== sentence.paragraph)
      units.push(current)
    } else {
      current.sentences.push(sentence)
      current.end = sentence.end
    }
    for (const token of sentence.tokens) if (token.kind !== 'whitespace') current.tokens.push(token)
    unitOfSentence[sentence.index] = current.index
    if (!joinsNext[sentence.index]) current = undefined
  }
  for (const quotation of quotations) {
    const unit = units[unitOfSentence[quotation.startSentence]]
    if (unit) unit.quotations.push(quotation)
  }
  return {units, unitOfSentence}
}

function newUnit(index: number, sentence: Sentence, opensParagraph: boolean): Unit {
  return {
    index,
    paragraph: sentence.paragraph,
    sentences: [sentence],
    start: sentence.start,
    end: sentence.end,
    tokens: [],
    quotations: [],
    frames: [],
    opensParagraph
  }
}
