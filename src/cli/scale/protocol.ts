/** What the main thread and a lint worker say to each other: a job out, its messages back. */
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import '../../types.js'

/** What a worker needs to lint one file. */
export interface Job {
  id: number
  path: string | undefined
  cwd: string
  value: string
  format: VFile['data']['copydeskFormat']
  hadBom: boolean | undefined
  rules: Array<[string, unknown]>
  settings: Record<string, unknown>
  timing: boolean
  /** False when the job runs in the main thread, whose totals already have its times. */
  sendTimes?: boolean
}

/** A message as plain data (own fields of a VFileMessage). */
export type MessageData = Record<string, unknown>

export interface JobResult {
  id: number
  messages: MessageData[]
  /** Index in `messages` of the message the run failed with, or the error itself. */
  failure?: {index: number} | {name: string; message: string; stack?: string}
  times?: Array<[string, number]>
}

/** A message rebuilt from plain data, so reporters see what a serial run gives them. */
export function messageFromData(data: MessageData): VFileMessage {
  return Object.assign(Object.create(VFileMessage.prototype), data) as VFileMessage
}

export function messageToData(message: VFileMessage): MessageData {
  const data: MessageData = {...message}
  delete data.ancestors
  if (message.cause instanceof Error) {
    data.cause = {name: message.cause.name, message: message.cause.message, stack: message.cause.stack}
  }
  return data
}

