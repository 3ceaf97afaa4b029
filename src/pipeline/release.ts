/**
 * Let go of a file's text and trees once its messages are final.
 *
 * unified-engine keeps every file of a run, with its syntax tree, until the
 * last one is linted, then reports them all. A file's messages are all the
 * report needs, so the CLI adds this plugin last: memory then grows with
 * the number of messages, not with the size of the drafts.
 * (The library API does not use it: callers may want `file.value`.)
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import '../types.js'

export function releaseFilePlugin() {
  return function (tree: Root, file: VFile) {
    releaseFile(tree, file)
  }
}

export function releaseFile(tree: Root | undefined, file: VFile): void {
  // The engine holds on to the tree object itself: empty it.
  if (tree && Array.isArray(tree.children)) tree.children = []
  delete file.data.copydeskDocument
  delete file.data.copydeskSourceTree
  // Output is off in the CLI, so nothing writes this value back anywhere.
  file.value = ''
}
