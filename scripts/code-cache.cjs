/**
 * A V8 code cache for the production server's CommonJS modules (Next's own and the app's `.next/server` chunks).
 * Node 20 compiles every module it loads from source on each start: 0.6–0.8 s of a 15,600-article server's first
 * start on 2 cores was compiling Next. `postbuild` (scripts/build-code-cache.mjs) starts the built server once with
 * `write`, asks it for a filtered answer and a page, and on exit writes what V8 compiled for each module, keyed by
 * the hash of the module's source; scripts/server.mjs installs this hook before it imports Next, and every module
 * whose cache is there is compiled from it. Only a start's speed depends on it: a module without a cache, or whose
 * cache V8 refuses (another Node, other flags), is compiled as usual, and one that Node would not load as CommonJS
 * (an ES module, a syntax error) or that may call `import()` goes to Node's own loader untouched.
 *
 * The same run records where each `require` was found (`resolutions.json`): finding 1,300 modules took 135–160 ms
 * of every start (stats, realpaths, package.json reads), the largest cost left after compiling. A recorded answer is
 * used when the file is still there and the cache was made by this Node with the same resolution flags; anything else is
 * resolved by Node, as without the cache.
 */
'use strict';
const Module = require('node:module');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const stats = { hits: 0, misses: 0, rejected: 0, written: 0, resolved: 0 };
// `import(` anywhere in the source, strings and comments included (a false match only costs that module's cache).
const DYNAMIC_IMPORT = /\bimport\s*\(/;

/**
 * Compiles the CommonJS modules under `root` through the cache in `dir`; with `write`, records what was compiled
 * and writes it there when the process exits.
 */
function installCodeCache({ dir, root, write = false }) {
  installResolveCache({ file: path.join(dir, RESOLUTIONS), root, write });
  const compile = Module.prototype._compile;
  const made = [];
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  Module.prototype._compile = function compileCached(content, filename, format) {
    if (format === 'module' || !filename.startsWith(prefix)) return compile.call(this, content, filename, format);
    const key = crypto.createHash('sha256').update(content).digest('hex').slice(0, 40);
    const file = path.join(dir, `${key}.bin`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    // Node 20 loses a script's dynamic-import callback when V8 compiles it from a cache (ERR_VM_DYNAMIC_IMPORT_
    // CALLBACK_MISSING at the first `import()`), so a module that may call `import()` is left to Node. A module
    // with a cache file was checked when it was written (same source, same hash): the scan of Next's largest
    // bundles is skipped.
    if (cachedData === undefined && DYNAMIC_IMPORT.test(content)) return compile.call(this, content, filename, format);
    let script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData });
    } catch {
      // Not CommonJS after all (ES module syntax) or broken: Node's loader decides and reports, as without the cache.
      return compile.call(this, content, filename, format);
    }
    if (cachedData && !script.cachedDataRejected) stats.hits++;
    else {
      if (cachedData) stats.rejected++;
      else stats.misses++;
      if (write) made.push({ script, file });
    }
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };
  if (write) {
    // On exit, V8's code for each module holds the functions the run compiled, not only the top level.
    process.on('exit', () => {
      fs.mkdirSync(dir, { recursive: true });
      for (const { script, file } of made) {
        fs.writeFileSync(file, script.createCachedData());
        stats.written++;
      }
    });
  }
}

const RESOLUTIONS = 'resolutions.json';

/**
 * Answers `Module._resolveFilename` from the resolutions recorded in `file` (with `write`: records them, written on
 * exit). A resolution depends on the request and the requiring module's folder (relative paths and the
 * node_modules folders above it); both, and the answer, are kept relative to `root`, so a copied tree (the
 * standalone output) finds the same files. Only plain requires between files under `root` are cached: not the
 * entry module, builtins, or calls with options (`require.resolve(x, { paths })`).
 */
function installResolveCache({ file, root, write }) {
  const resolve = Module._resolveFilename;
  const stamp = resolutionStamp();
  const known = write ? new Map() : readResolutions(file, stamp);
  if (!write && known.size === 0) return;
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const keyOf = (request, parent) => `${path.relative(root, path.dirname(parent.filename))}\0${request}`;
  Module._resolveFilename = function resolveCached(request, parent, isMain, options) {
    const cacheable = !isMain && options === undefined && parent?.filename?.startsWith(prefix) === true && !Module.isBuiltin(request);
    if (cacheable && !write) {
      const found = known.get(keyOf(request, parent));
      if (found !== undefined) {
        const filename = path.join(root, found);
        if (fs.statSync(filename, { throwIfNoEntry: false })?.isFile()) {
          stats.resolved++;
          return filename;
        }
      }
    }
    const filename = resolve.call(this, request, parent, isMain, options);
    if (cacheable && write && filename.startsWith(prefix)) known.set(keyOf(request, parent), path.relative(root, filename));
    return filename;
  };
  if (write) {
    process.on('exit', () => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ stamp, resolutions: Object.fromEntries(known) }));
    });
  }
}

/** This Node and the flags that change how it resolves (conditions, symlinks, experiments): what a recording holds for. */
function resolutionStamp() {
  const flags = process.execArgv.filter((arg) => /^(--conditions|-C|--preserve-symlinks|--experimental)/.test(arg));
  return [process.version, ...flags].join(' ');
}

/** The recorded resolutions, when `file` holds some made under `stamp` (this Node, these flags); else none. */
function readResolutions(file, stamp) {
  try {
    const recorded = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (recorded.stamp === stamp && recorded.resolutions && typeof recorded.resolutions === 'object') return new Map(Object.entries(recorded.resolutions));
  } catch {
    // No file, or not one of ours: Node resolves everything itself.
  }
  return new Map();
}

/** The `require` a module is handed, as Node makes it: resolution goes through Module, so loader hooks still apply. */
function requireFor(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/** Modules compiled from the cache, without one, refused by V8; files written; requires answered from the recorded resolutions. */
function codeCacheStats() {
  return { ...stats };
}

module.exports = { installCodeCache, codeCacheStats };
