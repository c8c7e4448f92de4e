import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Checks an IATI activity file against the IATI 2.03 schemas kept in test/standards, with xmllint. */
export function expectValidIati(xml: string): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'iati-')), 'activity.xml');
  writeFileSync(file, xml);
  const schema = path.resolve(__dirname, '..', 'standards', 'iati-2.03', 'iati-activities-schema.xsd');
  // xmllint exits non-zero (and this throws with its message) when the document breaks the schema.
  expect(execFileSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
}
