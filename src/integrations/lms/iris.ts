// Activity and extension ids are IRIs. A URN needs no domain that Signaal would have to own;
// a course's own id is chosen at package build time.
const BASE = 'urn:signaal:';

/** The IRI of a vignette, the same in every course that uses it. */
export const vignetteIri = (scenario: string) => `${BASE}vignette:${scenario}`;
/** The IRI of one scene of a vignette. */
export const sceneIri = (scenario: string, scene: string) => `${vignetteIri(scenario)}:scene:${scene}`;
/** The IRI of an indicator of the taxonomy. */
export const indicatorIri = (indicator: string) => `${BASE}indicator:${indicator}`;
/** The IRI of an xAPI extension Signaal defines. */
export const extensionIri = (name: string) => `${BASE}xapi:${name}`;
/** The course IRI used when the launch names none (a standalone build with an LRS). */
export const STANDALONE_COURSE_IRI = `${BASE}course:all-vignettes`;
