import { it } from 'vitest';
import { Catalog } from '../../lib/catalog/catalog';
it('load', async () => {
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const c = await Catalog.load('/tmp/selfhelp-corpus-8HcdUr', { search: false });
    console.log('load ms', Math.round(performance.now() - t), c.size, 'heap', Math.round(process.memoryUsage().heapUsed / 1e6));
  }
}, 300000);
