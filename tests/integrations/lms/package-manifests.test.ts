import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { resolvePackage } from '../../../src/integrations/lms/build/build-package';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest } from '../../../src/integrations/lms/build/manifests';
import { parsePackageArgs } from '../../../src/integrations/lms/build/parse-args';

const IMSCP_12 = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP_12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSCP_2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP_2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** Parses XML strictly: any well-formedness error fails. */
function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && problems.push(message)) }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

const all = (doc: Document | Element, ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
const one = (doc: Document | Element, ns: string, name: string) => {
  const found = all(doc, ns, name);
  expect(found, `one <${name}>`).toHaveLength(1);
  return found[0]!;
};

// The real zips are built and parsed by the browser test (tests/e2e/lms-scorm.spec.ts); here the
// manifests are made from the same resolved package and a typical file list, which is fast.
const FILES = ['index.html', 'favicon.svg', 'assets/index-abc123.js', 'assets/index-def456.css', 'assets/hotel-room-214-x1.js'];
const { course } = resolvePackage({ ...parsePackageArgs(['--standard', 'scorm12', '--scenarios', 'hotel-room-214,school-bank-card', '--pass-mark', '75', '--lang', 'en']) });
const asZip = (manifestFile: string, manifest: string) =>
  Object.fromEntries([...FILES.map((f) => [f, new Uint8Array()] as const), [manifestFile, new TextEncoder().encode(manifest)] as const]);
const zips: Record<string, Record<string, Uint8Array>> = {
  scorm12: asZip('imsmanifest.xml', scorm12Manifest(course, FILES)),
  scorm2004: asZip('imsmanifest.xml', scorm2004Manifest(course, FILES)),
  cmi5: asZip('cmi5.xml', cmi5CourseStructure(course)),
};

describe('package manifests', () => {
  it('SCORM 1.2: imsmanifest.xml has the required elements and lists every file', () => {
    const zip = zips.scorm12!;
    const doc = parseXml(new TextDecoder().decode(zip['imsmanifest.xml']));
    const manifest = doc.documentElement!;
    expect(manifest.namespaceURI).toBe(IMSCP_12);
    expect(manifest.localName).toBe('manifest');
    expect(manifest.getAttribute('identifier')).toMatch(/^signaal-[0-9a-f]{16}$/);
    expect(one(doc, IMSCP_12, 'schema').textContent).toBe('ADL SCORM');
    expect(one(doc, IMSCP_12, 'schemaversion').textContent).toBe('1.2');
    const organizations = one(doc, IMSCP_12, 'organizations');
    const organization = one(doc, IMSCP_12, 'organization');
    expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
    const item = one(doc, IMSCP_12, 'item');
    const resource = one(doc, IMSCP_12, 'resource');
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(one(item, IMSCP_12, 'title').textContent).toBe('Signaal: 2 case vignettes');
    expect(one(item, ADLCP_12, 'masteryscore').textContent).toBe('75');
    expect(resource.getAttributeNS(ADLCP_12, 'scormtype')).toBe('sco');
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(zip[resource.getAttribute('href') ?? '']).toBeDefined();
    const listed = all(resource, IMSCP_12, 'file').map((f) => f.getAttribute('href'));
    expect(listed.sort()).toEqual(Object.keys(zip).filter((p) => p !== 'imsmanifest.xml').sort());
  });

  it('SCORM 2004: imsmanifest.xml has a primary objective satisfied by the pass mark', () => {
    const zip = zips.scorm2004!;
    const doc = parseXml(new TextDecoder().decode(zip['imsmanifest.xml']));
    expect(doc.documentElement?.namespaceURI).toBe(IMSCP_2004);
    expect(one(doc, IMSCP_2004, 'schemaversion').textContent).toBe('2004 4th Edition');
    const resource = one(doc, IMSCP_2004, 'resource');
    expect(resource.getAttributeNS(ADLCP_2004, 'scormType')).toBe('sco');
    expect(one(doc, IMSCP_2004, 'item').getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    const objective = one(doc, IMSSS, 'primaryObjective');
    expect(objective.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(one(objective, IMSSS, 'minNormalizedMeasure').textContent).toBe('0.75');
    expect(all(resource, IMSCP_2004, 'file').map((f) => f.getAttribute('href')).sort()).toEqual(Object.keys(zip).filter((p) => p !== 'imsmanifest.xml').sort());
  });

  it('cmi5: cmi5.xml has a course and an AU with moveOn, mastery score and URL', () => {
    const zip = zips.cmi5!;
    const doc = parseXml(new TextDecoder().decode(zip['cmi5.xml']));
    expect(doc.documentElement?.namespaceURI).toBe(CMI5);
    expect(doc.documentElement?.localName).toBe('courseStructure');
    const course = one(doc, CMI5, 'course');
    const au = one(doc, CMI5, 'au');
    expect(course.getAttribute('id')).toMatch(/^urn:signaal:course:[0-9a-f]{16}$/);
    expect(au.getAttribute('id')).not.toBe(course.getAttribute('id'));
    expect(au.getAttribute('moveOn')).toBe('CompletedAndPassed');
    expect(au.getAttribute('masteryScore')).toBe('0.75');
    expect(au.getAttribute('launchMethod')).toBe('AnyWindow');
    expect(one(au, CMI5, 'url').textContent).toBe('index.html');
    for (const parent of [course, au]) {
      for (const name of ['title', 'description']) {
        const text = one(one(parent, CMI5, name), CMI5, 'langstring');
        expect(text.getAttribute('lang')).toBe('en');
        expect(text.textContent?.length).toBeGreaterThan(0);
      }
    }
    expect(zip['index.html']).toBeDefined();
  });

  it('escapes what it writes into XML', () => {
    const doc = parseXml(scorm12Manifest({ ...course, title: 'Signaal: <hotel> & "zorg"' }, ['a&b.js']));
    expect(one(doc, IMSCP_12, 'item').getElementsByTagNameNS(IMSCP_12, 'title')[0]?.textContent).toBe('Signaal: <hotel> & "zorg"');
    expect(one(doc, IMSCP_12, 'file').getAttribute('href')).toBe('a&b.js');
  });

  it('leaves the mastery score out of a package without a pass mark, and moves on by completion', () => {
    const ungraded = { ...course, passMark: null };
    expect(all(parseXml(scorm12Manifest(ungraded, FILES)), ADLCP_12, 'masteryscore')).toHaveLength(0);
    expect(all(parseXml(scorm2004Manifest(ungraded, FILES)), IMSSS, 'primaryObjective')).toHaveLength(0);
    const au = one(parseXml(cmi5CourseStructure(ungraded)), CMI5, 'au');
    expect(au.getAttribute('moveOn')).toBe('Completed');
    expect(au.hasAttribute('masteryScore')).toBe(false);
  });

  it('rejects bad options with a clear message', () => {
    expect(() => parsePackageArgs(['--standard', 'aicc'])).toThrow(/--standard must be one or more of scorm12, scorm2004, cmi5/);
    expect(() => parsePackageArgs(['--standard', 'scorm12', '--pass-mark', '101'])).toThrow(/--pass-mark must be a whole number from 0 to 100/);
    expect(() => parsePackageArgs(['--standard', 'scorm12', '--lang', 'de'])).toThrow(/--lang must be one of nl, en/);
    expect(() => parsePackageArgs(['--standard', 'scorm12', '--activity-id', 'not an iri'])).toThrow(/IRI/);
    expect(parsePackageArgs(['--standard', 'cmi5', '--pass-mark', 'none']).passMark).toBeNull();
  });

  it('refuses an unknown vignette, naming the known ones', () => {
    expect(() => resolvePackage({ standards: ['scorm12'], scenarios: ['no-such-vignette'], passMark: 70, lang: 'nl', outDir: 'unused' })).toThrow(
      /unknown vignette\(s\): no-such-vignette; known: .*hotel-room-214/,
    );
  });
});
