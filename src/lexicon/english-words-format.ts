/**
 * The shape of a line of the English word list (dist/english-words.txt): the
 * word, then one character for its syllable count (as `syllable` counts them,
 * at build time), so readability looks a known word's count up instead of
 * running syllable's rules on it in every process.
 */

/** A count of n syllables is the character `syllableBase + n`. */
export const syllableBase = 0x30
/** No count (the playground builds its list in the browser, without one): count at run time. */
export const unknownSyllables = 0x7e
