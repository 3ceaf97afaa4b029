/**
 * For the bundle only (scripts/bundle.ts points src/analysis/languages.ts's
 * `franc-min` here): franc-min turns its trigram tables into lookup objects as
 * it loads, and the language pass asks it only about a sentence that does not
 * read as English, which most drafts never have. It loads (synchronously:
 * esbuild bundles the `require`) on the first such sentence.
 */
type Franc = (value: string, options?: {minLength?: number}) => string

declare const require: (id: string) => {franc: Franc}

let real: Franc | undefined

export function franc(value: string, options?: {minLength?: number}): string {
  real ??= require('franc-min').franc
  return real(value, options)
}
