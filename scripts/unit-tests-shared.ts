/**
 * One process for many test files (scripts/unit-tests.ts): each file named on the command
 * line is imported in turn, and Node's test runner runs every test they declared.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

for (const file of process.argv.slice(2)) await import(pathToFileURL(resolve(file)).href);
