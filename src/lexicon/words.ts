/** How the word lists compare words: shared by the lexicon and the text analysis (which re-exports it). */

/** Lower case, curly apostrophes made straight. */
export function normalizeWord(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'")
}

/** What phrase matching needs of a word token (the analysis's `Token` has these and more). */
export interface WordToken {
  /** Text as the parser saw it. */
  value: string
  /** `normalizeWord(value)`. */
  lower: string
}
