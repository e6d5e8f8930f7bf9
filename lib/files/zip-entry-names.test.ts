import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zipEntryNames } from './zip-entry-names';

const output = (run: number, relativePath: string) => ({
  name: relativePath.slice(relativePath.lastIndexOf('/') + 1),
  relativePath,
  path: `user/user_OvdRk/output/job_AIRfoL/run${run}/${relativePath}`,
});

describe('zipEntryNames', () => {
  it('puts each file under its run folder, so the same name in two runs does not collide', () => {
    assert.deepEqual(zipEntryNames([output(1, 'log'), output(3, 'log'), output(3, 'airFoil2D/0/U')]), [
      'run1/log',
      'run3/log',
      'run3/airFoil2D/0/U',
    ]);
  });

  it('numbers a name already taken before its extension, ignoring case', () => {
    const plain = (relativePath: string) => ({ name: relativePath, relativePath });
    assert.deepEqual(zipEntryNames([plain('a.txt'), plain('A.txt'), plain('a.txt'), plain('dir.v2/log')]), [
      'a.txt',
      'A (2).txt',
      'a (3).txt',
      'dir.v2/log',
    ]);
    assert.deepEqual(zipEntryNames([plain('dir.v2/log'), plain('dir.v2/log')]), [
      'dir.v2/log',
      'dir.v2/log (2)',
    ]);
  });

  it('keeps every name inside the zip: no leading slash, no parent segments', () => {
    assert.deepEqual(
      zipEntryNames([
        { name: 'x', relativePath: '/etc/../../passwd' },
        { name: 'y', relativePath: 'a\\..\\b' },
        { name: '..', relativePath: '' },
      ]),
      ['etc/passwd', 'a/b', 'file'],
    );
  });

  it('uses the name when the platform gives no relative path', () => {
    assert.deepEqual(zipEntryNames([{ name: 'result.csv', relativePath: '' }]), ['result.csv']);
  });
});
