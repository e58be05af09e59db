import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readContentFile } from './files';
import { type LoadOutcome, loadFiles } from './load';
import { Readahead, type ReadaheadMessage, type SentRead } from './readahead';

// Articles written for these tests (not corpus text).
function article(id: string, title: string): string {
  return [
    '<properties',
    `  pageTitle="${title}"`,
    `  articleId="${id}"`,
    '  selfHelpType="Generic"',
    '  cloudEnvironments="public, fairfax"',
    '/>',
    '',
    `# ${title}`,
    '',
  ].join('\r\n');
}

let root: string;
let workerFile: string;
const KEY = Symbol.for('selfhelp.readahead');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'selfhelp-readahead-'));
  for (let i = 0; i < 12; i++) {
    await mkdir(path.join(root, `folder${i % 3}`), { recursive: true });
    await writeFile(path.join(root, `folder${i % 3}`, `article-${i}.md`), article(`readahead-${i}`, `Read ahead ${i}`));
  }
  await writeFile(path.join(root, 'notes.md'), 'Named like an article, holds none.\n');
  await writeFile(path.join(root, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(root, '.hidden.md'), article('hidden', 'Hidden'));
  // The worker as scripts/build-readahead.mjs bundles it for the server.
  workerFile = path.join(root, '..', `${path.basename(root)}-worker.cjs`);
  await build({
    entryPoints: [path.join(import.meta.dirname, 'readahead-worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(workerFile, { force: true });
});

/** What a load made, without the identity of strings: comparable between loads. */
function plain(outcome: LoadOutcome) {
  return JSON.parse(JSON.stringify({ records: outcome.records, loaded: outcome.loaded }));
}

/** Sends the messages a worker would, on a channel whose other end the loader takes from globalThis. */
function fakeWorker(): { port: MessagePort; send: (m: ReadaheadMessage) => void } {
  const { port1, port2 } = new MessageChannel();
  (globalThis as Record<symbol, unknown>)[KEY] = { port: port2 };
  return { port: port1, send: (m) => port1.postMessage(m) };
}

function sent(file: { file: string; path: string }): SentRead {
  const { bytes, stamp, error, ruleId } = readContentFile(file);
  return { bytes, stamp, error, ruleId };
}

describe('the content read-ahead', () => {
  it('the worker reads every file the loader would, and a load from its reads equals a load that reads itself', async () => {
    const own = await loadFiles(root);
    expect(own.readAhead).toBeNull();

    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerFile, { workerData: { port: port1 }, transferList: [port1], env: { ...process.env, SELFHELP_CONTENT_DIR: root } });
    (globalThis as Record<symbol, unknown>)[KEY] = { port: port2 };
    const ahead = await loadFiles(root);
    await worker.terminate();

    expect(ahead.readAhead).toEqual({ files: own.records.length, state: 'used' });
    expect(plain(ahead)).toEqual(plain(own));
    expect(ahead.loaded.filter((l) => l.kind === 'article')).toHaveLength(12);
    // Taken once: the next load reads for itself.
    expect((await loadFiles(root)).readAhead).toBeNull();
  });

  it('a worker that stood down leaves every file to the loader', async () => {
    const own = plain(await loadFiles(root));
    const { send } = fakeWorker();
    send({ type: 'skipped', reason: 'a snapshot is there' });
    const outcome = await loadFiles(root);
    expect(outcome.readAhead).toEqual({ files: 0, state: 'skipped: a snapshot is there' });
    expect(plain(outcome)).toEqual(own);
  });

  it('the loader reads what a failing worker did not send, in listing order', async () => {
    const own = plain(await loadFiles(root));
    const files = listFiles(root);
    const { send } = fakeWorker();
    send({ type: 'listing', root, files });
    send({ type: 'batch', reads: files.slice(0, 3).map(sent) });
    send({ type: 'batch', reads: files.slice(3, 5).map(sent) });
    send({ type: 'failed', message: 'EIO' });
    const outcome = await loadFiles(root);
    expect(outcome.readAhead).toEqual({ files: 5, state: 'failed: EIO' });
    expect(plain(outcome)).toEqual(own);
  });

  it('the reads of another folder are not used', async () => {
    const own = plain(await loadFiles(root));
    const { send } = fakeWorker();
    send({ type: 'listing', root: '/somewhere/else', files: [] });
    const outcome = await loadFiles(root);
    expect(outcome.readAhead).toEqual({ files: 0, state: 'the worker listed /somewhere/else' });
    expect(plain(outcome)).toEqual(own);
  });

  it('a worker that went away or went silent is not waited for', async () => {
    const own = plain(await loadFiles(root));
    const files = listFiles(root);

    const gone = fakeWorker();
    gone.send({ type: 'listing', root, files });
    gone.send({ type: 'batch', reads: files.slice(0, 3).map(sent) });
    gone.port.close();
    const afterClose = await loadFiles(root);
    expect(afterClose.readAhead).toEqual({ files: 3, state: 'the worker went away' });
    expect(plain(afterClose)).toEqual(own);

    const { port1, port2 } = new MessageChannel();
    port1.postMessage({ type: 'listing', root, files } satisfies ReadaheadMessage);
    const silent = new Readahead(port2, root, 50);
    const batches = [];
    for await (const batch of silent.batches()) batches.push(...batch);
    expect(silent.state).toBe('no word from the worker for 0.05 s');
    expect(batches.map((r) => r.file)).toEqual(files.map((f) => f.file));
    port1.close();
  });

  it('a worker that died is not waited for, whether the load began before or after', async () => {
    const own = plain(await loadFiles(root));
    const broken = path.join(root, '..', `${path.basename(root)}-broken.cjs`);
    await writeFile(broken, "throw new Error('bundle broken');\n");
    // Wired as scripts/server.mjs wires it: an error marks the handle and closes the port.
    const start = () => {
      const { port1, port2 } = new MessageChannel();
      const handle: { port: MessagePort; failed: string | null } = { port: port2, failed: null };
      const worker = new Worker(broken, { workerData: { port: port1 }, transferList: [port1] });
      const died = new Promise<void>((resolve) =>
        worker.on('error', (error) => {
          handle.failed = error.message;
          port2.close();
          resolve();
        }),
      );
      (globalThis as Record<symbol, unknown>)[KEY] = handle;
      return died;
    };
    try {
      // Died before the load took the port: the stall timeout (10 s) would outlast this test's 5 s.
      await start();
      const after = await loadFiles(root);
      expect(after.readAhead).toEqual({ files: 0, state: 'failed: bundle broken' });
      expect(plain(after)).toEqual(own);
      // Died while the load waited on it.
      const died = start();
      const during = loadFiles(root);
      await died;
      const outcome = await during;
      expect(outcome.readAhead?.files).toBe(0);
      expect(plain(outcome)).toEqual(own);
    } finally {
      await rm(broken, { force: true });
    }
  });

  it('a load from a snapshot lets the worker go unused', async () => {
    const { port } = fakeWorker();
    const closed = new Promise((resolve) => port.once('close', resolve));
    const outcome = await loadFiles(root, {}, new Map());
    expect(outcome.readAhead).toBeNull();
    await closed;
    expect((globalThis as Record<symbol, unknown>)[KEY]).toBeUndefined();
  });
});
