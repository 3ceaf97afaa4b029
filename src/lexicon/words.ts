/**
 * How a word is compared with the word lists, and whether it is written
 * capitalised: the two word tests that the analysis, the lexicon and the
 * rules share.
 */

/** Lower case, curly apostrophes made straight: the form every word list is written in. */
export function normalizeWord(value: string): string {
  const lower = value.toLowerCase()
  // Most words have no curly apostrophe: a scan is cheaper than a regular expression per token.
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    if (code === 0x2018 || code === 0x2019 || code === 0x02bc) return lower.replace(/[\u2018\u2019\u02bc]/g, "'")
  }
  return lower
}

/** The text starts with an upper-case letter (`Beijing`, `Émile`, not `iPhone` or `1990s`). */
export function isCapitalised(text: string): boolean {
  // ASCII answers without the Unicode property test (it runs for most words of a draft).
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(text)
}

/** What phrase matching needs of a word token (the analysis's `Token` has these and more). */
export interface WordToken {
  /** Text as the parser saw it. */
  value: string
  /** `normalizeWord(value)`. */
  lower: string
}
