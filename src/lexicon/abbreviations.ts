/** Abbreviations that may end a sentence, and the words that open one after them (data/abbreviations.json). */
import data from '../../data/abbreviations.json' with {type: 'json'}

export const sentenceAbbreviations: ReadonlySet<string> = new Set(
  data.entries.filter((entry) => entry.kind === 'abbreviation').map((entry) => entry.text)
)
export const sentenceOpeners: ReadonlySet<string> = new Set(
  data.entries.filter((entry) => entry.kind === 'opener').map((entry) => entry.text)
)
