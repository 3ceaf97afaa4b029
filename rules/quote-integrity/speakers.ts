/** Who a quotation is credited to, read from the attributions layer. */
import {attributionsOf, opensWithLabel, unitOfQuotation} from '../../src/analysis/attributions.js'
import type {DocumentModel} from '../../src/analysis/document.js'
import type {Quotation} from '../../src/analysis/quotes.js'

export interface Credit {
  /** What two credits are compared by (the speaker's last word). */
  head: string
  /** The speaker as written. */
  text: string
}

/** The one named speaker credited with the quotation, or undefined when none or several. */
export function speakerOf(document: DocumentModel, quotation: Quotation): Credit | undefined {
  const attributions = attributionsOf(document)
  const unit = unitOfQuotation(attributions, quotation)
  if (!unit || unit.quotations.length !== 1) return undefined
  const credits = unit.frames.filter((frame) => frame.quoteFrame && !frame.loose)
  if (credits.length !== 1) return undefined
  const frame = credits[0]
  const speaker = frame.antecedent?.speaker ?? frame.speaker
  if (!speaker || speaker.pronoun) return undefined
  return {head: speaker.head, text: speaker.text}
}

/** Answers in an interview transcript (paragraphs opening with a speaker label), where the interviewee re-quotes and paraphrases freely. */
export function labelledAnswers(document: DocumentModel): ReadonlySet<number> {
  const transcript = attributionsOf(document).transcript
  const answers = new Set<number>()
  for (const paragraph of document.paragraphs) {
    if (!transcript.has(paragraph.index)) continue
    const first = paragraph.sentences[0]
    if (first && opensWithLabel(first.tokens.filter((token) => token.kind !== 'whitespace'))) answers.add(paragraph.index)
  }
  return answers
}
