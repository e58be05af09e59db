/**
 * The content read-ahead worker (readahead.ts says why): the entry of a worker thread that scripts/server.mjs
 * starts before it loads Next, from the bundle scripts/build-readahead.mjs makes of this file at build time. It lists
 * the content directory and reads every file with the catalog's own reader (files.ts), into shared memory, and sends
 * the reads in batches to the port it was given. It parses nothing: the catalog does, on the server's thread. It
 * stands down when the catalog will start from a snapshot, which reads only the files that changed.
 */
import { existsSync } from 'node:fs';
import { type MessagePort, workerData } from 'node:worker_threads';
import { listFiles, readContentFile } from './files';
import type { ReadaheadMessage, SentRead } from './readahead';
import { contentDir, snapshotFileName, snapshotOptions } from './settings';

// Files per message, and the size of the shared blocks their bytes are read into (a larger file gets its own).
const BATCH = 500;
const BLOCK_BYTES = 4 * 2 ** 20;

const { port } = workerData as { port: MessagePort };
const send = (message: ReadaheadMessage) => port.postMessage(message);

function run(): void {
  const root = contentDir();
  const snapshot = snapshotOptions();
  if (snapshot && existsSync(/*turbopackIgnore: true*/ snapshotFileName(snapshot, root))) {
    send({ type: 'skipped', reason: 'a snapshot is there' });
    return;
  }
  const files = listFiles(root);
  send({ type: 'listing', root, files });

  let block = new SharedArrayBuffer(BLOCK_BYTES);
  let used = 0;
  // Views into shared memory: posting one shares its bytes with the server's thread, nothing is copied.
  const allocate = (size: number): Buffer => {
    if (size > BLOCK_BYTES) return Buffer.from(new SharedArrayBuffer(size));
    if (used + size > BLOCK_BYTES) {
      block = new SharedArrayBuffer(BLOCK_BYTES);
      used = 0;
    }
    used += size;
    return Buffer.from(block, used - size, size);
  };
  let batch: SentRead[] = [];
  for (const f of files) {
    const { bytes, stamp, error, ruleId } = readContentFile(f, allocate);
    batch.push({ bytes, stamp, error, ruleId });
    if (batch.length === BATCH) {
      send({ type: 'batch', reads: batch });
      batch = [];
    }
  }
  if (batch.length > 0) send({ type: 'batch', reads: batch });
  send({ type: 'done' });
}

try {
  run();
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
} finally {
  port.close();
}
