/**
 * House-style names (data/preferred-names.json): forms news outlets have
 * standardised (`Kyiv` not `Kiev`), each with the source of the decision.
 * A configuration can add its own entries in the same shape.
 */
import data from '../../data/preferred-names.json' with {type: 'json'}

export interface PreferredName {
  /** The form to write. */
  preferred: string
  /** Forms to flag, exact case. */
  variants: string[]
  /**
   * On by default: flag the variant wherever it appears. Off: flag it only
   * where the draft also uses the preferred form (a mixed spelling).
   */
  default?: boolean
  /** Fixed phrases in which a variant stays correct (`chicken Kiev`). */
  exceptions?: string[]
  /** `error`: wrong everywhere (on by default); `preference`: a house choice (opt-in). */
  style?: 'error' | 'preference'
  /** Who standardised it. */
  source?: string
}

export const preferredNames: readonly PreferredName[] = data.entries as PreferredName[]

/** Every occurrence of `form` in `text` as a whole word (letters or digits never touch it). */
export function wholeWordOccurrences(text: string, form: string): number[] {
  const found: number[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf(form, from)
    if (at < 0) return found
    from = at + 1
    const before = text.charAt(at - 1)
    const after = text.charAt(at + form.length)
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue
    found.push(at)
  }
}
