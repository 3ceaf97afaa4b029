/**
 * Regular English noun plurals for the word lists' inflection grammar: a
 * pleonasm entry marked `"inflect": "plural"` (data/pleonasms.json) also
 * matches with its last noun in the plural, and its shorter form follows.
 */

/** Plurals the suffix rules get wrong, from the nouns the lists use (a map: `constructor` is no noun here). */
const irregular: ReadonlyMap<string, string> = new Map([
  ['man', 'men'],
  ['woman', 'women'],
  ['person', 'people'],
  ['child', 'children']
])

/** `consensus` → `consensuses`, `crisis` → `crises`, `anniversary` → `anniversaries`, `man` → `men`. */
export function plural(word: string): string {
  const lower = word.toLowerCase()
  // Whole words only: `human` and `German` are not compounds of `man`.
  const many = irregular.get(lower)
  if (many !== undefined) return many
  if (/[^aeiou]is$/.test(lower)) return word.slice(0, -2) + 'es'
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return word + 'es'
  if (/[^aeiou]y$/.test(lower)) return word.slice(0, -1) + 'ies'
  return word + 's'
}

/** The same text with its last word in the plural (`track record` → `track records`). */
export function pluralOfLast(text: string): string {
  const at = text.lastIndexOf(' ') + 1
  return text.slice(0, at) + plural(text.slice(at))
}
