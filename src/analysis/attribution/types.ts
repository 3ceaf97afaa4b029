/** The shapes of the attributions layer: credits (frames), statement units, and who says each quotation. */
import type {Quotation} from '../quotes.js'
import type {Token} from '../text.js'

export interface Speaker {
  /** The speaker's words, in order. */
  tokens: Token[]
  /** Lower-case last word, possessive dropped: what two credits are compared by. */
  head: string
  /** The pronoun, when the speaker is one. */
  pronoun?: string
  text: string
}

export interface Frame {
  kind: 'verb' | 'according'
  /** Index of the unit the frame stands in. */
  unit: number
  paragraph: number
  /** The reporting verb (or `according`). */
  verb: Token
  /** Lemma of the verb, or `according to`. */
  lemma: string
  quoteFrame: boolean
  speaker?: Speaker
  /** `said the mayor`: the speaker follows the verb. */
  inverted: boolean
  /** Offsets of the credit as written: speaker and verb (and particle). */
  start: number
  end: number
  /** Lower-case words of the credit and what follows it up to punctuation (`said in a statement`). */
  words: string[]
  /** A credit that closes its unit after a comma or a closing quote mark (`…, the ministry said.`). */
  trailing: boolean
  /** First offset of the trailing clause (just past the comma or quote mark) when trailing. */
  clauseStart?: number
  /** End of the trailing clause's last word (`…, Watanabe told reporters`) when trailing. */
  clauseEnd?: number
  /**
   * A verb with other senses (`reported 36 cases`, `noted the rise`) after a named
   * speaker: evidence that a source is named, but not a credit position.
   */
  loose: boolean
  /** For a pronoun speaker: the frame whose speaker it points back to. */
  antecedent?: Frame
}

export interface Unit {
  index: number
  paragraph: number
  sentences: import('../text.js').Sentence[]
  start: number
  end: number
  /** Non-white-space tokens of the unit in order. */
  tokens: Token[]
  quotations: Quotation[]
  frames: Frame[]
  /** True when this is the first unit of its paragraph. */
  opensParagraph: boolean
}

/** How the speaker of a quotation was found. */
export type SpeakerSource =
  /** A credit in the quotation's own unit: before, after, or inside a split quote. */
  | 'cue'
  /** A clause ending in a colon right before the quotation (`She put it bluntly:`), whatever its verb. */
  | 'colon'
  /** The subject of the sentence before, in the same paragraph: a named person or organisation, or a description of one. */
  | 'previous-subject'
  /** The quotation continues one whose speaker is known (an unclosed quote across paragraphs, or a lost line break). */
  | 'continuation'
  /** A credit elsewhere in the same paragraph, or in a paragraph the quotation run continues into. */
  | 'paragraph-cue'
  /** An interview transcript: the labelled speaker's own words. */
  | 'transcript'
  /** A headline: a quotation standing as the title. */
  | 'headline'

export interface QuoteSpeaker {
  quotation: Quotation
  /** The speaker's words as written (for a pronoun, its antecedent when known); absent when only the method is known. */
  speaker?: string
  /** How the speaker was found; absent when no method found one. */
  source?: SpeakerSource
  /** The credit that names the speaker, when there is one. */
  frame?: Frame
}

export interface Attributions {
  units: Unit[]
  frames: Frame[]
  /** Unit index of each sentence. */
  unitOfSentence: number[]
  /** Tokens inside quotation marks. */
  quoted: ReadonlySet<Token>
  /**
   * Paragraphs of an interview transcript: from the first paragraph that opens
   * with a speaker label (`((Name))`, `Name:`, `Q:`) on, when the document has
   * at least two labels. Their words are the labelled speaker's own.
   */
  transcript: ReadonlySet<number>
}
