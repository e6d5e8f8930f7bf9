/** Each seeded user's own uploaded files (inputs, templates, scripts), newest first. */
import { fixedText, residualTable } from './content';
import type { FileContent, FileRecord, UserRecord } from './model';
import { hashString, intBetween, randomBase64Key, randomId, rngFor } from './random';
import { SEED_USERS } from './users';

type LibraryEntry = [name: string, typeId: number, kind: 'text' | 'binary'];

const LIBRARY: Array<[UserRecord, LibraryEntry[]]> = [
  [
    SEED_USERS.ada,
    [
      ['airfoil2d_doe.tar.gz', 1, 'binary'],
      ['freestreamvalue.csv', 3, 'text'],
      ['utemplate', 2, 'text'],
      ['bracket.inp', 1, 'text'],
      ['crash_input.k', 1, 'text'],
      ['manifold.cas.h5', 1, 'binary'],
      ['run.sh', 4, 'text'],
      ['mesh_fine.msh', 1, 'binary'],
    ],
  ],
  [
    SEED_USERS.grace,
    [
      ['compiler_bench.tar.gz', 1, 'binary'],
      ['run_all.sh', 4, 'text'],
    ],
  ],
  [SEED_USERS.alan, [['enigma_rotor.csv', 1, 'text']]],
  [SEED_USERS.bulk, [['bulk_input.zip', 1, 'binary']]],
];

function content(seed: string, owner: UserRecord, name: string, kind: 'text' | 'binary'): FileContent {
  const label = `${seed}/library/${owner.email}/${name}`;
  if (kind === 'binary')
    return { kind: 'binary', seed: hashString(label), size: intBetween(rngFor(label), 50_000, 1_200_000) };
  if (name.endsWith('.sh'))
    return fixedText(['#!/bin/bash', 'set -euo pipefail', 'cd "$(dirname "$0")"', './Allrun', 'echo done']);
  return residualTable(hashString(label), ['x_velocity', 'y_velocity', 'alpha'], 40);
}

export function seedLibrary(seed: string, now: number, takenIds: Set<string>): FileRecord[] {
  const files: FileRecord[] = [];
  for (const [owner, entries] of LIBRARY) {
    entries.forEach(([name, typeId, kind], index) => {
      const rng = rngFor(seed, 'library', owner.email, name);
      let id = randomId(rng, 6);
      while (takenIds.has(id)) id = randomId(rng, 6);
      takenIds.add(id);
      const dateUploaded = now - (index + 1) * 26 * 3600_000 - intBetween(rng, 0, 3600_000);
      files.push({
        id,
        name,
        typeId,
        dateUploaded,
        relativePath: name,
        path: `user/${owner.userCode}/${name}-${hashString(id).toString(16).padStart(8, '0')}`,
        owner,
        sharedWith: [],
        encodedEncryptionKey: randomBase64Key(rng),
        viewInBrowser: kind === 'text',
        content: content(seed, owner, name, kind),
        jobId: null,
        runIndex: null,
        deleted: false,
      });
    });
  }
  return files;
}
