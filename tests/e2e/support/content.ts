import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// The tests follow the content: which fragments are signals comes from scenario.yaml, and the
// text a learner sees comes from the language files, so an edited vignette needs no test edits.

export type Lang = 'nl' | 'en';

const CONTENT = path.resolve(process.cwd(), 'content');

const readYaml = (...parts: string[]): unknown => parse(readFileSync(path.join(CONTENT, ...parts), 'utf8'));
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(path.join(CONTENT, ...parts), 'utf8'));

type FragmentFile = { id: string; signal?: string; distractor?: boolean };
type OptionFile = { id: string; quality: 'recommended' | 'acceptable' | 'harmful'; next: string };
type SceneFile = { id: string; type: 'observe' | 'decide'; fragments: FragmentFile[]; options?: OptionFile[]; next?: string };
type ScenarioFile = { id: string; start: string; warning: string; scenes: SceneFile[] };
type SceneTextFile = { heading: string; body: string; question?: string; options?: Record<string, { label: string; feedback: string }> };
type TextFile = { title: string; scenes: Record<string, SceneTextFile>; fragments: Record<string, string>; debrief: { professional: string } };

export type Fragment = { id: string; scene: string; signal: boolean; text: Record<Lang, string>; explanation: Record<Lang, string> };
export type Option = { id: string; quality: OptionFile['quality']; next: string; label: Record<Lang, string> };
export type Scene = {
  id: string;
  type: SceneFile['type'];
  heading: Record<Lang, string>;
  fragments: Fragment[];
  options: Option[];
  question: Record<Lang, string>;
  next: string | undefined;
};
export type Vignette = { id: string; title: Record<Lang, string>; start: string; warning: string; scenes: Scene[] };

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The marked text of a fragment, read from `[[id|text]]` in a scene body, as the app shows it. */
function fragmentText(body: string, id: string): string {
  const match = new RegExp(`\\[\\[${id}\\|([^\\]|[]*)\\]\\]`).exec(body);
  if (!match?.[1]) throw new Error(`fragment ${id} is not marked in the scene text`);
  return oneLine(match[1]);
}

/** Reads a vignette's structure and both languages' text from content/scenarios/<id>/. */
export function loadVignette(id: string): Vignette {
  const structure = readYaml('scenarios', id, 'scenario.yaml') as ScenarioFile;
  const text = { nl: readYaml('scenarios', id, 'nl.yaml') as TextFile, en: readYaml('scenarios', id, 'en.yaml') as TextFile };
  const both = <T>(pick: (lang: Lang) => T): Record<Lang, T> => ({ nl: pick('nl'), en: pick('en') });
  const sceneText = (lang: Lang, scene: string) => {
    const found = text[lang].scenes[scene];
    if (!found) throw new Error(`scene ${scene} has no ${lang} text`);
    return found;
  };
  return {
    id: structure.id,
    start: structure.start,
    warning: structure.warning,
    title: both((lang) => text[lang].title),
    scenes: structure.scenes.map((scene) => ({
      id: scene.id,
      type: scene.type,
      next: scene.next,
      heading: both((lang) => sceneText(lang, scene.id).heading),
      question: both((lang) => oneLine(sceneText(lang, scene.id).question ?? '')),
      fragments: scene.fragments.map((fragment) => ({
        id: fragment.id,
        scene: scene.id,
        signal: fragment.signal !== undefined && fragment.distractor !== true,
        text: both((lang) => fragmentText(sceneText(lang, scene.id).body, fragment.id)),
        explanation: both((lang) => oneLine(text[lang].fragments[fragment.id] ?? '')),
      })),
      options: (scene.options ?? []).map((option) => ({
        ...option,
        label: both((lang) => oneLine(sceneText(lang, scene.id).options?.[option.id]?.label ?? '')),
      })),
    })),
  };
}

export type SceneOnPath = Scene & { chosen?: Option };

/**
 * The scenes a learner walks through when taking an option of the given quality at every
 * decision; `option` is the last one chosen.
 */
export function pathThrough(vignette: Vignette, optionQuality: Option['quality']): { scenes: SceneOnPath[]; option: Option } {
  const byId = new Map(vignette.scenes.map((s) => [s.id, s]));
  const scenes: SceneOnPath[] = [];
  let option: Option | undefined;
  let next: string | undefined = vignette.start;
  while (next && next !== 'end') {
    const scene = byId.get(next);
    if (!scene) throw new Error(`unknown scene ${next}`);
    if (scene.type === 'decide') {
      option = scene.options.find((o) => o.quality === optionQuality);
      scenes.push({ ...scene, chosen: option });
      next = option?.next;
    } else {
      scenes.push(scene);
      next = scene.next;
    }
  }
  if (!option) throw new Error(`no ${optionQuality} option on the path`);
  return { scenes, option };
}

type Messages = Record<string, unknown>;

/** A UI string from content/locales/<lang>/<namespace>.json, with {{name}} placeholders filled. */
export function uiText(lang: Lang, namespace: string, key: string, values: Record<string, string | number> = {}): string {
  const messages = readJson('locales', lang, `${namespace}.json`) as Messages;
  const found = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
  if (typeof found !== 'string') throw new Error(`no UI string ${lang}/${namespace}:${key}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A UI string as a whole-text pattern, with each {{name}} placeholder matching the given regular
 * expression source (any text when not given): for strings that hold a computed number.
 */
export function uiPattern(lang: Lang, namespace: string, key: string, placeholders: Record<string, string> = {}): RegExp {
  const template = uiText(lang, namespace, key);
  const source = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      return name === undefined ? escapeRegExp(part) : `(?:${placeholders[name] ?? '.+'})`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

type PageFile = { title: string };

/** The title of an information page (content/pages/<id>/<lang>.yaml). */
export const pageTitle = (id: string, lang: Lang) => (readYaml('pages', id, `${lang}.yaml`) as PageFile).title;

/** The ids of the vignettes of one sector, read from content/scenarios. */
export const vignettesOfSector = (sector: string) =>
  readdirSync(path.join(CONTENT, 'scenarios')).filter((id) => (readYaml('scenarios', id, 'scenario.yaml') as { sector: string }).sector === sector);
