// A session's record as history reads it from the index: the head at once, the body (steps, flags, verdict,
// twist) parsed from its place in the index file when first asked for, and summarised again from its
// journal if that place turns out damaged.
import { parseBody, type BodyInFile } from './index-file.js';
import { splitRecord, type SessionBody, type SessionHead, type SessionRecord } from './index-schema.js';

/**
 * Where the bodies of a ledger's records come from, by their entries' positions: the text stored (for a
 * record read from the index, its place in the index file), and the mender, which summarises the journal
 * again, writes the mended line back and gives its record. One for every record (history makes 10,000).
 */
export interface BodySource {
  text(at: number): string | Buffer | BodyInFile;
  mend(at: number): SessionRecord;
}

/**
 * A record whose body (steps, flags, verdict, twist) is parsed when first read. A body found damaged
 * then is summarised again from its journal by the source's mender. Its head is the one given, read
 * through: for a record of the index, a view of its row in the index's columns. `history` makes 10,000
 * of these: a spread and four closures each were a third of its time, in garbage collection most, and a
 * head copied into each (its start time a number boxed apart) and a handle on its body most of what
 * then outlived a collection.
 */
export class IndexedRecord implements SessionRecord {
  #head: SessionHead;
  /** Its body's text, when not the source's to give. */
  #text: string | Buffer | BodyInFile | undefined;
  #body: SessionBody | undefined;
  #source: BodySource;
  #at: number;

  constructor(head: SessionHead, text: string | Buffer | BodyInFile | undefined, source: BodySource, at: number) {
    this.#head = head;
    this.#text = text;
    this.#source = source;
    this.#at = at;
  }

  get id() { return this.#head.id; }
  get caseId() { return this.#head.caseId; }
  get frameworkId() { return this.#head.frameworkId; }
  get mode() { return this.#head.mode; }
  get strict() { return this.#head.strict; }
  get startedAt() { return this.#head.startedAt; }
  get finished() { return this.#head.finished; }
  get usedMs() { return this.#head.usedMs; }
  get score() { return this.#head.score; }
  get pace() { return this.#head.pace; }
  get stepCount() { return this.#head.stepCount; }
  get stepsEnded() { return this.#head.stepsEnded; }

  #read(): SessionBody {
    if (this.#body) return this.#body;
    let body = parseBody(this.#text ?? this.#source.text(this.#at));
    if (!body) {
      body = splitRecord(this.#source.mend(this.#at)).body;
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

  /** The whole record, body too, as a plain object (JSON, and anything that copies it), the head's fields in the order they have always had. */
  toJSON(): SessionRecord {
    const { id, caseId, frameworkId, mode, strict, startedAt, finished, usedMs, score, pace, stepCount, stepsEnded } = this;
    const { steps, flags, verdict, twist } = this.#read();
    return {
      id, caseId, frameworkId, mode, strict, startedAt, finished, usedMs, score,
      // No pace for full-length boxes, as the head has none: not a key holding undefined.
      ...(pace === undefined ? {} : { pace }),
      stepCount, stepsEnded, steps,
      ...(flags ? { flags } : {}),
      ...(verdict ? { verdict } : {}),
      ...(twist ? { twist } : {}),
    };
  }
}
