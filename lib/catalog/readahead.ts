/**
 * The content read-ahead: a first start of the production server spends about a second booting Next before the
 * catalog's load can begin, on one thread, while the second core idles. scripts/server.mjs therefore starts a
 * worker thread (readahead-worker.ts) before it loads Next, which lists the content directory and reads every file
 * into shared memory meanwhile; the catalog's first load then takes those reads instead of opening each file itself
 * (on 15,600 files, listing and reading were about 0.5 s of the server's thread). The worker only reads: parsing
 * stays on the server's thread, where the code is already compiled, and nothing but bytes crosses between threads.
 *
 * Nothing depends on it. Without a worker (development, tests, `SELFHELP_READAHEAD=off`), after it stood down (a
 * snapshot is there), or when it failed, went silent or listed another folder, the loader reads the files it did
 * not get itself. Only the first load uses it: a file changed while Next booted is read as the worker saw it, and the
 * next change (or reload) reads it again.
 */
import 'server-only';
import type { MessagePort } from 'node:worker_threads';
import { type ContentFile, listFiles, type ReadFile, readContentFile } from './files';

/** A read as the worker sends it: the file is the listing's entry at the same position. */
export interface SentRead {
  bytes: Uint8Array | null;
  stamp?: string;
  error?: string;
  ruleId?: 'file-too-large';
}

export type ReadaheadMessage =
  | { type: 'listing'; root: string; files: ContentFile[] }
  | { type: 'batch'; reads: SentRead[] }
  | { type: 'done' }
  | { type: 'skipped'; reason: string }
  | { type: 'failed'; message: string };

/**
 * What scripts/server.mjs leaves on globalThis when it has started the worker: the port its messages wait on, and
 * why the worker died if it did (the server closes the port then).
 */
interface Handle {
  port: MessagePort;
  failed?: string | null;
}

const KEY = Symbol.for('selfhelp.readahead');
// Longest wait for the worker's next message before the loader reads the rest itself (a stalled disk, a hung worker).
const STALL_MS = 10_000;
// Files the fallback reads per batch, so the loader still gives the event loop its turns.
const FALLBACK_BATCH = 250;

/** Why the worker's reads were not all used, or `used`. */
export type ReadaheadState = 'used' | string;

/** How a load used the worker: the files whose bytes it read, and its state. */
export interface ReadaheadUse {
  files: number;
  state: ReadaheadState;
}

/**
 * Takes the worker's reads for `root` (once per process: later loads read for themselves), or null when no worker
 * was started.
 */
export function takeReadahead(root: string): Readahead | null {
  const holder = globalThis as { [KEY]?: Handle };
  const handle = holder[KEY];
  if (!handle) return null;
  delete holder[KEY];
  const ahead = new Readahead(handle.port, root);
  // A port closed before anyone listened says nothing; the flag does.
  if (handle.failed) ahead.close(`failed: ${handle.failed}`);
  return ahead;
}

/** Lets the worker go unused (the load starts from a snapshot instead). */
export function dropReadahead(): void {
  takeReadahead('')?.close('not needed');
}

export class Readahead {
  /** Files whose bytes came from the worker. */
  taken = 0;
  /** `used` when every file came from the worker, else why not. */
  state: ReadaheadState = 'used';
  private readonly queue: (ReadaheadMessage | null)[] = [];
  private waiting: ((message: ReadaheadMessage | null) => void) | null = null;
  private closed = false;

  constructor(
    private readonly port: MessagePort,
    private readonly root: string,
    private readonly stallMs = STALL_MS,
  ) {
    // Messages sent while Next booted waited on the port; they arrive, in order, once it has a listener.
    port.on('message', (message: ReadaheadMessage) => this.deliver(message));
    port.on('close', () => this.deliver(null));
  }

  /**
   * Every file under the root, in the listing's order (listFiles), as batches of reads: the worker's first, then
   * whatever it did not send, read here. Throws (as listFiles does) when the root cannot be read.
   */
  async *batches(): AsyncGenerator<ReadFile[]> {
    let listing: ContentFile[] | null = null;
    let next = 0;
    for (;;) {
      const message = await this.next();
      if (message === null) {
        // Closed, or silent too long (next() says so in state).
        if (this.state === 'used') this.state = 'the worker went away';
        break;
      }
      if (message.type === 'listing') {
        if (message.root !== this.root) {
          this.close(`the worker listed ${message.root}`);
          break;
        }
        listing = message.files;
      } else if (message.type === 'batch' && listing) {
        const files = listing;
        const start = next;
        next += message.reads.length;
        this.taken += message.reads.length;
        yield message.reads.map((read, i) => toReadFile(files[start + i] as ContentFile, read));
      } else if (message.type === 'done') {
        this.close('used');
        return;
      } else {
        this.close(message.type === 'skipped' ? `skipped: ${message.reason}` : message.type === 'failed' ? `failed: ${message.message}` : 'out of order');
        break;
      }
    }
    this.close(this.state);
    const rest = listing ? listing.slice(next) : listFiles(this.root);
    for (let i = 0; i < rest.length; i += FALLBACK_BATCH) yield rest.slice(i, i + FALLBACK_BATCH).map((f) => readContentFile(f));
  }

  /** Stops listening (the worker exits on its own once it has sent everything). */
  close(state: ReadaheadState): void {
    if (this.closed) return;
    this.closed = true;
    this.state = state;
    this.port.close();
  }

  private deliver(message: ReadaheadMessage | null): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(message);
    } else this.queue.push(message);
  }

  private next(): Promise<ReadaheadMessage | null> {
    if (this.queue.length > 0) return Promise.resolve(this.queue.shift() ?? null);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        this.state = `no word from the worker for ${this.stallMs / 1000} s`;
        this.close(this.state);
        resolve(null);
      }, this.stallMs);
      this.waiting = (message) => {
        clearTimeout(timer);
        resolve(message);
      };
    });
  }
}

/** The worker's read of `f`; its bytes become a Buffer over the same shared memory. */
function toReadFile(f: ContentFile, read: SentRead): ReadFile {
  const bytes = read.bytes && Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  const out: ReadFile = { file: f.file, path: f.path, bytes };
  if (read.stamp !== undefined) out.stamp = read.stamp;
  if (read.error !== undefined) out.error = read.error;
  if (read.ruleId !== undefined) out.ruleId = read.ruleId;
  return out;
}
