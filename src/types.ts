/** Data that copydesk keeps on each file. */
import type {Nodes as MdastNodes} from 'mdast'
import type {DocumentModel} from './analysis/document.js'
import type {DraftConfig} from './config/config.js'

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
    /** The configuration the pipeline linted the file with (`--fix` lints it again with it). */
    copydeskDraftConfig: DraftConfig
    /** Messages the file may have (set while the pipeline runs). */
    copydeskMessageLimit: number
    /** A rule stopped at the limit: the rest are skipped. */
    copydeskStopped: boolean
  }
}

export {}
