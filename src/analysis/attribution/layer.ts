/** The attributions layer, computed once per document (and per set of extra verbs). */
import {verbTable, type VerbTable} from '../../lexicon/attribution.js'
import {Layer, type DocumentModel} from '../document.js'
import type {Quotation} from '../quotes.js'
import type {Token} from '../text.js'
import {accordingFrame, isQuoteMark, verbEntriesOf, verbFrame} from './cues.js'
import {resolvePronouns} from './pronouns.js'
import {transcriptParagraphs} from './transcript.js'
import type {Attributions, Frame, Unit} from './types.js'
import {buildUnits} from './units.js'

export function attributionsOf(document: DocumentModel, extraVerbs: readonly string[] = []): Attributions {
  // The shared layer reads the data's verbs; a rule that adds verbs reads attributions of its own.
  if (extraVerbs.length > 0) return findAttributions(document, verbTable(extraVerbs))
  return document.layer(attributionLayer)
}

export function findAttributions(document: DocumentModel, verbs: VerbTable): Attributions {
  const quotations = document.quotations
  const quoted = new Set<Token>()
  const marks = new Set<Token>()
  for (const quotation of quotations) for (const token of quotation.tokens) quoted.add(token)
  const {units, unitOfSentence} = buildUnits(document.sentences, quotations)

  const entries = verbEntriesOf(verbs)
  const frames: Frame[] = []
  for (const unit of units) {
    for (const token of unit.tokens) if (!quoted.has(token) && isQuoteMark(token)) marks.add(token)
    for (let index = 0; index < unit.tokens.length; index++) {
      const token = unit.tokens[index]
      if (token.kind !== 'word' || quoted.has(token)) continue
      const frame = token.lower === 'according' ? accordingFrame(unit, index, quoted) : verbFrame(unit, index, entries, quoted, marks)
      if (frame) {
        unit.frames.push(frame)
        frames.push(frame)
      }
    }
  }

  resolvePronouns(units)
  return {units, frames, unitOfSentence, quoted, transcript: transcriptParagraphs(units)}
}

/** The unit a quotation belongs to. */
export function unitOfQuotation(attributions: Attributions, quotation: Quotation): Unit {
  return attributions.units[attributions.unitOfSentence[quotation.startSentence]]
}

const attributionLayer: Layer<Attributions> = new Layer('attributions', (document) => findAttributions(document, verbTable([])))
