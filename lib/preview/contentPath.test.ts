import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveContentPath } from './contentPath';

// A real tree, so symlinks are followed by the real realpath: root/{a.md, sub/b.md, out.md → ../secret.md, subdir → ../}
let base = '';
let root = '';
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'preview-guard-'));
  root = path.join(base, 'content');
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  writeFileSync(path.join(root, 'a.md'), 'a');
  writeFileSync(path.join(root, 'sub', 'b.md'), 'b');
  writeFileSync(path.join(base, 'secret.md'), 'secret');
  symlinkSync(path.join(base, 'secret.md'), path.join(root, 'out.md'));
  symlinkSync(base, path.join(root, 'up'));
  symlinkSync(path.join(root, 'sub', 'b.md'), path.join(root, 'inside.md'));
});

describe('resolveContentPath', () => {
  it('accepts files under the root, nested too', () => {
    expect(resolveContentPath(root, 'a.md')).toMatchObject({ ok: true, file: 'a.md' });
    expect(resolveContentPath(root, 'sub/b.md')).toMatchObject({ ok: true, file: 'sub/b.md' });
    expect(resolveContentPath(root, './sub/b.md')).toMatchObject({ ok: true, file: 'sub/b.md' });
  });

  it('accepts a symlink that stays inside', () => {
    expect(resolveContentPath(root, 'inside.md')).toMatchObject({ ok: true, file: 'sub/b.md' });
  });

  it.each(['../secret.md', 'sub/../../secret.md', 'sub\\..\\..\\secret.md', '..'])('refuses `..` in %s with 400', (p) => {
    expect(resolveContentPath(root, p)).toMatchObject({ ok: false, status: 400 });
  });

  it.each(['/etc/passwd', 'C:\\Windows\\win.ini', '\\\\server\\share'])('refuses absolute %s with 400', (p) => {
    const result = resolveContentPath(root, p);
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (!result.ok) expect(result.error).toMatch(/Absolute path/);
  });

  it('refuses symlinks that escape with 403', () => {
    expect(resolveContentPath(root, 'out.md')).toMatchObject({ ok: false, status: 403 });
    expect(resolveContentPath(root, 'up/secret.md')).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses the root itself, empty paths and NUL bytes', () => {
    expect(resolveContentPath(root, '.')).toMatchObject({ ok: false, status: 400 });
    expect(resolveContentPath(root, '  ')).toMatchObject({ ok: false, status: 400 });
    expect(resolveContentPath(root, 'a.md\0.txt')).toMatchObject({ ok: false, status: 400 });
  });

  it('reports a missing file as 404', () => {
    expect(resolveContentPath(root, 'nope.md')).toMatchObject({ ok: false, status: 404 });
  });
});
