/** Who a quotation is credited to, read from the attributions layer. */
import {attributionsOf, unitOfQuotation} from '../../src/analysis/attributions.js'
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

/** Paragraphs of an interview transcript, where the interviewee's re-quoting is their own words. */
export function transcriptParagraphs(document: DocumentModel): ReadonlySet<number> {
  return attributionsOf(document).transcript
}
