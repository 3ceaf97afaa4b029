/**
 * The name lists: titles that stand before a name (data/name-titles.json) and
 * distinct names one letter apart (data/name-lookalikes.json).
 */
import titleData from '../../data/name-titles.json' with {type: 'json'}
import lookAlikeData from '../../data/name-lookalikes.json' with {type: 'json'}

/** Titles and honorifics as written (`Dr`, `Ms.`, `Minister`). */
export const nameTitles: ReadonlySet<string> = new Set(titleData.entries.map((entry) => entry.text))

/** Pairs of distinct names one or two letters apart, as written (`Hindi`, `Hindu`). */
export const nameLookAlikes: ReadonlyArray<readonly [string, string]> = lookAlikeData.entries.map(
  (entry) => [entry.names[0], entry.names[1]] as const
)
