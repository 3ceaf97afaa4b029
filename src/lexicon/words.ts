/**
 * How a word is compared with the word lists, and whether it is written
 * capitalised: the two word tests that the analysis, the lexicon and the
 * rules share.
 */

/** Lower case, curly apostrophes made straight: the form every word list is written in. */
export function normalizeWord(value: string): string {
  return straightApostrophes(lowerCase(value))
}

/** `value.toLowerCase()`, but a value in ASCII lower case already is returned itself (`toLowerCase` always makes a copy). */
export function lowerCase(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code >= 0x80) return value.toLowerCase()
  }
  return value
}

/** Curly apostrophes made straight (`O’Neill` → `O'Neill`), case kept. */
export function straightApostrophes(value: string): string {
  // Most words have no curly apostrophe: a scan is cheaper than a regular expression per token.
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x2018 || code === 0x2019 || code === 0x02bc) return value.replace(/[\u2018\u2019\u02bc]/g, "'")
  }
  return value
}

/** The text starts with an upper-case letter (`Beijing`, `Émile`, not `iPhone` or `1990s`). */
export function isCapitalised(text: string): boolean {
  // ASCII answers without the Unicode property test (it runs for most words of a draft).
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(text)
}

/**
 * The first character changes in lower case (`first !== first.toLowerCase()`:
 * upper and title case, unlike `isCapitalised`'s `\p{Lu}`); ASCII is
 * answered without making the lower-case copy.
 */
export function changesInLowerCase(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 65 && code <= 90
  const first = text.charAt(0)
  return first !== first.toLowerCase()
}

/** The text starts with a lower-case letter (`said`, `émigré`, not `Said` or `1990s`). */
export function startsLowerCase(text: string): boolean {
  // ASCII answers without the Unicode property test (it runs for most words of a draft).
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 97 && code <= 122
  return /^\p{Ll}/u.test(text)
}

/** What phrase matching needs of a word token (the analysis's `Token` has these and more). */
export interface WordToken {
  /** Text as the parser saw it. */
  value: string
  /** `normalizeWord(value)`. */
  lower: string
}
