import { LOCALES, markedFragments, type Locale, type Paragraph } from '../engine';

type Report = (locale: Locale, path: string, reason: string) => void;

/**
 * Every scene marks its fragments in the same order in every language: the story text between
 * fragment k and k+1 is split into the same neutral units in each language, so the order is
 * what aligns them. Returns whether every scene passed.
 */
export function checkFragmentOrder(bodies: Record<Locale, Map<string, Paragraph[]>>, report: Report): boolean {
  const [first, ...others] = LOCALES;
  let ok = true;
  for (const [scene, paragraphs] of bodies[first]) {
    const order = markedFragments(paragraphs);
    for (const locale of others) {
      const other = markedFragments(bodies[locale].get(scene) ?? []);
      if (other.length === order.length && other.every((id, i) => id === order[i])) continue;
      ok = false;
      report(locale, `scenes.${scene}.body`, `fragments appear in another order than in ${first}.yaml (${other.join(', ')} instead of ${order.join(', ')}); keep the order of ${first}.yaml`);
    }
  }
  return ok;
}
