/**
 * For the bundle only (scripts/bundle.ts points unified-engine's
 * `concat-stream` here): concat-stream and the readable-stream it is built on
 * are written apart as dist/concat-stream.cjs and load when a draft is read
 * from standard input, the only time unified-engine uses them.
 */
type ConcatStream = (options: object, callback: (value: unknown) => void) => NodeJS.WritableStream

declare const require: (id: string) => ConcatStream

export default function concatStream(options: object, callback: (value: unknown) => void): NodeJS.WritableStream {
  return require('./concat-stream.cjs')(options, callback)
}
