import type { PackageConfig } from '../../../content/package-config';
import { escapeXml as x } from './xml';

export type Standard = 'scorm12' | 'scorm2004' | 'cmi5';

export const STANDARDS: readonly Standard[] = ['scorm12', 'scorm2004', 'cmi5'];

/** The control documents (schemas) each standard's package carries at its root. */
export const CONTROL_DOCUMENTS: Record<Standard, string[]> = {
  scorm12: ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'],
  scorm2004: [],
  cmi5: [],
};

/** The manifest's file name per standard. */
export const MANIFEST_FILE: Record<Standard, string> = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', cmi5: 'cmi5.xml' };

type Course = PackageConfig & { identifier: string; description: string };

const files = (paths: readonly string[], indent: string) => paths.map((p) => `${indent}<file href="${x(p)}"/>`).join('\n');

/** imsmanifest.xml of a SCORM 1.2 package: one SCO, the whole app, the pass mark as mastery score. */
export function scorm12Manifest(course: Course, paths: readonly string[]): string {
  const mastery = course.passMark === null ? '' : `\n        <adlcp:masteryscore>${course.passMark}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(course.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="signaal-organization">
    <organization identifier="signaal-organization">
      <title>${x(course.title)}</title>
      <item identifier="signaal-item" identifierref="signaal-sco" isvisible="true">
        <title>${x(course.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="signaal-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files(paths, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * imsmanifest.xml of a SCORM 2004 (4th edition) package: one SCO; with a pass mark, the primary
 * objective is satisfied by the score (scaled) reaching it.
 */
export function scorm2004Manifest(course: Course, paths: readonly string[]): string {
  const objective =
    course.passMark === null
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="signaal-course" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${course.passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(course.identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="signaal-organization">
    <organization identifier="signaal-organization">
      <title>${x(course.title)}</title>
      <item identifier="signaal-item" identifierref="signaal-sco" isvisible="true">
        <title>${x(course.title)}</title>${objective}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="signaal-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${files(paths, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * cmi5.xml: one course with one AU (the app), moving on when completed and passed (or only
 * completed, without a pass mark), with the pass mark as scaled mastery score.
 */
export function cmi5CourseStructure(course: Course): string {
  const lang = course.lang;
  const text = (value: string) => `<langstring lang="${lang}">${x(value)}</langstring>`;
  const grading = course.passMark === null ? 'moveOn="Completed"' : `moveOn="CompletedAndPassed" masteryScore="${course.passMark / 100}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${x(course.activityId)}">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
  </course>
  <au id="${x(`${course.activityId}:au`)}" ${grading} launchMethod="AnyWindow">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}
