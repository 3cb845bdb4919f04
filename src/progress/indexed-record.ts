// A session's record as history reads it from the index: the head at once, the body (steps, flags, verdict,
// twist) parsed from its place in the index file when first asked for, and summarised again from its
// journal if that place turns out damaged.
import { parseBody, type BodyInFile } from './index-file.js';
import { splitRecord, type SessionBody, type SessionHead, type SessionRecord } from './index-schema.js';

/** Summarises again the journal of the index entry at `at`, writes the mended line back, and gives its record. */
export type BodyMender = (at: number) => SessionRecord;

/**
 * A record whose body (steps, flags, verdict, twist) is parsed when first read. A body found damaged
 * then is summarised again from its journal by the ledger's mender, which writes the mended line back.
 * A class, its head copied field by field: `history` makes 10,000 of these, and a spread and four
 * closures each were a third of its time, in garbage collection most.
 */
export class IndexedRecord implements SessionRecord {
  readonly id: string;
  readonly caseId: string;
  readonly frameworkId: string;
  readonly mode: SessionRecord['mode'];
  readonly strict: boolean;
  readonly startedAt: number;
  readonly finished: boolean;
  readonly usedMs: number;
  readonly score: number | null;
  readonly pace?: number;
  readonly stepCount: number;
  readonly stepsEnded: number;
  #text: string | Buffer | BodyInFile;
  #body: SessionBody | undefined;
  #mend: BodyMender;
  #at: number;

  constructor(head: SessionHead, text: string | Buffer | BodyInFile, mend: BodyMender, at: number) {
    this.id = head.id;
    this.caseId = head.caseId;
    this.frameworkId = head.frameworkId;
    this.mode = head.mode;
    this.strict = head.strict;
    this.startedAt = head.startedAt;
    this.finished = head.finished;
    this.usedMs = head.usedMs;
    this.score = head.score;
    if (head.pace !== undefined) this.pace = head.pace;
    this.stepCount = head.stepCount;
    this.stepsEnded = head.stepsEnded;
    this.#text = text;
    this.#mend = mend;
    this.#at = at;
  }

  #read(): SessionBody {
    if (this.#body) return this.#body;
    let body = parseBody(this.#text);
    if (!body) {
      body = splitRecord(this.#mend(this.#at)).body;
    }
    return (this.#body = body);
  }

  get steps(): SessionRecord['steps'] {
    return this.#read().steps;
  }

  get flags(): SessionRecord['flags'] {
    return this.#read().flags;
  }

  get verdict(): SessionRecord['verdict'] {
    return this.#read().verdict;
  }

  get twist(): SessionRecord['twist'] {
    return this.#read().twist;
  }

  /** The whole record, body too, as a plain object (JSON, and anything that copies it). */
  toJSON(): SessionRecord {
    const { steps, flags, verdict, twist } = this.#read();
    return { ...this, steps, ...(flags ? { flags } : {}), ...(verdict ? { verdict } : {}), ...(twist ? { twist } : {}) };
  }
}
