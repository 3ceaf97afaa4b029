/** Words professional copy doubles on purpose (data/repeated-words-allowed.json), lower case. */
import data from '../../data/repeated-words-allowed.json' with {type: 'json'}

export const allowedRepeats: ReadonlySet<string> = new Set(data.entries.map((entry) => entry.word))
