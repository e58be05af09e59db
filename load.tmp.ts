import { Catalog } from './lib/catalog/catalog';
const t = performance.now();
const c = await Catalog.load('/tmp/selfhelp-corpus-8HcdUr', { search: true });
console.log('load ms', Math.round(performance.now() - t), c.size, c.indexState);
process.exit(0);
