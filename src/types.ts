/** Data that copydesk keeps on each file. */
import type {Nodes as MdastNodes} from 'mdast'
import type {DocumentModel} from './analysis/document.js'

export interface SourceTree {
  format: 'markdown' | 'html'
  tree: MdastNodes | unknown
}

declare module 'vfile' {
  interface DataMap {
    copydeskSourceTree: SourceTree
    copydeskHadBom: boolean
    copydeskDocument: DocumentModel
    /** Force a format for input without a telling extension (stdin, the API). */
    copydeskFormat: 'text' | 'markdown' | 'html'
    /** Messages the file may have (set while the pipeline runs). */
    copydeskMessageLimit: number
    /** A rule stopped at the limit: the rest are skipped. */
    copydeskStopped: boolean
  }
}

export {}
