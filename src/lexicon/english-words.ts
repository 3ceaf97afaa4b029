/**
 * A list of ~275,000 English words (npm `an-array-of-english-words`, MIT),
 * lower case: a capitalised word found here may be a common word rather than
 * a name (`Major`, `Brown` at the start of a sentence).
 */
import words from 'an-array-of-english-words' with {type: 'json'}

export const englishWords: ReadonlySet<string> = new Set(words as string[])
