import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlDocuments, resolvePackage } from '../../../src/integrations/lms/build/build-package';
import { CONTROL_DOCUMENTS, scorm12Manifest } from '../../../src/integrations/lms/build/manifests';
import { parsePackageArgs } from '../../../src/integrations/lms/build/parse-args';

// The package's manifest is validated as an LMS or ADL's test suite would: against the control
// documents the package itself carries, with xmllint (Debian's libxml2-utils), offline.
const FILES = ['index.html', 'assets/index-abc123.js', 'assets/hotel-room-214-x1.js'];

/** A folder laid out as the package root: the manifest and the control documents. */
function packageRoot(manifest: string) {
  const dir = mkdtempSync(join(tmpdir(), 'signaal-manifest-'));
  for (const [name, entry] of Object.entries(controlDocuments('scorm12'))) writeFileSync(join(dir, name), (entry as [Uint8Array, object])[0]);
  writeFileSync(join(dir, 'imsmanifest.xml'), manifest);
  // xmllint takes one schema: one that imports the namespaces the manifest uses, from the package.
  writeFileSync(
    join(dir, 'validate.xsd'),
    `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>`,
  );
  return dir;
}

const xmllint = (dir: string) => spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'validate.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });

describe('SCORM 1.2 control documents', () => {
  const cases = [
    ['with a pass mark', ['--pass-mark', '75']],
    ['without a pass mark', ['--pass-mark', 'none']],
  ] as const;
  for (const [name, args] of cases) {
    it(`the manifest (${name}) validates against the schemas the package carries`, () => {
      const { course } = resolvePackage(parsePackageArgs(['--standard', 'scorm12', '--scenarios', 'hotel-room-214,school-bank-card', '--lang', 'nl', ...args]));
      const manifest = scorm12Manifest(course, FILES);
      const run = xmllint(packageRoot(manifest));
      expect(run.error).toBeUndefined();
      expect(run.stderr).toMatch(/imsmanifest\.xml validates/);
      expect(run.status).toBe(0);
      // Every namespace's schema is named in xsi:schemaLocation (ims_xml.xsd is imported by them).
      for (const file of CONTROL_DOCUMENTS.scorm12.filter((f) => f !== 'ims_xml.xsd')) expect(manifest).toContain(` ${file}`);
    });
  }

  it('the validation fails a manifest that breaks the schemas', () => {
    const { course } = resolvePackage(parsePackageArgs(['--standard', 'scorm12', '--scenarios', 'hotel-room-214', '--lang', 'nl']));
    const broken = scorm12Manifest(course, FILES).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    const run = xmllint(packageRoot(broken));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/scormtype/);
  });

  it('the package carries every control document, byte for byte as published', () => {
    const documents = controlDocuments('scorm12');
    expect(Object.keys(documents).sort()).toEqual([...CONTROL_DOCUMENTS.scorm12].sort());
    // The published files' lengths (CRLF line ends).
    const sizes = Object.fromEntries(Object.entries(documents).map(([name, entry]) => [name, (entry as [Uint8Array, object])[0].length]));
    expect(sizes).toEqual({ 'imscp_rootv1p1p2.xsd': 11894, 'imsmd_rootv1p2p1.xsd': 20304, 'adlcp_rootv1p2.xsd': 4498, 'ims_xml.xsd': 1104 });
  });
});
