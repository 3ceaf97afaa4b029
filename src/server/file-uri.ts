/**
 * A document URI as a path on disk, or undefined for anything that is not a
 * local file URL: an editor may send `untitled:…`, a remote
 * `file://host/share/x.txt`, a path with an encoded `/` (`%2F`) or a string
 * that is no URI at all. Node's `new URL` and `fileURLToPath` throw on
 * those; the server must lint them as unsaved buffers, not die.
 */
import {fileURLToPath} from 'node:url'

export function filePathOf(uri: string): string | undefined {
  try {
    const url = new URL(uri)
    return url.protocol === 'file:' ? fileURLToPath(url) : undefined
  } catch {
    return undefined
  }
}
