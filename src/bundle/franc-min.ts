/**
 * For the bundle only (scripts/bundle.ts points src/analysis/languages.ts's
 * `franc-min` here): franc-min is a third of the pipeline's code (its trigram
 * tables) and builds lookup objects from them as it loads, and the language
 * pass asks it only about a sentence that does not read as English, which most
 * drafts never have. The build writes it apart, as dist/franc-min.cjs, which
 * loads on the first such sentence (synchronously: the bundle's banner gives
 * every chunk a `require`).
 */
type Franc = (value: string, options?: {minLength?: number}) => string

declare const require: (id: string) => {franc: Franc}

let real: Franc | undefined

export function franc(value: string, options?: {minLength?: number}): string {
  real ??= require('./franc-min.cjs').franc
  return real(value, options)
}
