/** Words professional copy doubles on purpose (data/repeated-words-allowed.json), lower case. */
import data from '../../data/repeated-words-allowed.json' with {type: 'json'}

const entries: ReadonlyArray<{word: string; onlyAfter?: string[]}> = data.entries

export const allowedRepeats: ReadonlySet<string> = new Set(entries.map((entry) => entry.word))

/** Words allowed twice only after one of these words (`what it is is`); elsewhere the double is a slip. */
export const allowedOnlyAfter: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  entries.filter((entry) => entry.onlyAfter).map((entry) => [entry.word, new Set(entry.onlyAfter)])
)
