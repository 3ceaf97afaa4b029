/** File offsets to unist points, for the parsers and the document model. */
import type {Point} from 'unist'
import type {location} from 'vfile-location'

export type ToPoint = ReturnType<typeof location>['toPoint']

/** The point at `offset`; an offset outside the file is line 1, column 1. */
export function pointAt(toPoint: ToPoint, offset: number): Point {
  const found = toPoint(offset)
  return {line: found?.line ?? 1, column: found?.column ?? 1, offset}
}
