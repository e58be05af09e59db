/** Route patterns for request metrics and logs: ids collapse into their pattern, unknown paths into `other`. */
import { describe, expect, it } from 'vitest';
import { recordRequest } from './bridge';
import { log } from './log';
import { metrics } from './metrics';
import { routeOf } from './routes';

describe('routeOf', () => {
  it('names the app routes, with ids collapsed', () => {
    expect(routeOf('/')).toBe('/');
    expect(routeOf('/articles/0b7c9c1e-aaaa-bbbb-cccc-000000000001')).toBe('/articles/[id]');
    expect(routeOf('/api/articles/some-id')).toBe('/api/articles/[id]');
    expect(routeOf('/api/articles/')).toBe('/api/articles');
    expect(routeOf('/_next/static/chunks/app.js')).toBe('/_next/static/[file]');
    expect(routeOf('/api/ready')).toBe('/api/ready');
  });

  it('counts everything else as other, so scanners cannot create series', () => {
    expect(routeOf('/wp-admin/setup.php')).toBe('other');
    expect(routeOf('/articles/a/b')).toBe('other');
  });
});

describe('recordRequest', () => {
  it('counts a request under its route pattern and status', async () => {
    log.level = 'silent';
    recordRequest({ method: 'GET', path: '/articles/abc', status: 404, ms: 12.34 });
    const count = (await metrics.httpRequests.get()).values.find((v) => v.labels.route === '/articles/[id]' && v.labels.status === '404');
    expect(count?.value).toBe(1);
    const latency = (await metrics.httpDuration.get()).values.find((v) => v.metricName?.endsWith('_count') && v.labels.route === '/articles/[id]');
    expect(latency?.value).toBe(1);
  });
});
