import { z } from 'zod';
import { CONTENT_GUARDS } from '../engine/guard-catalogue';
import { ID_PATTERN } from '../engine/ids';
import { FORMS, QUALITIES, SECTORS, WARNING_LEVELS } from '../engine/scenario.types';

// What content/ accepts from disk. Cross-file rules (ids that must exist, reachability,
// translations) live in the checks; these schemas only say what each file looks like.

const kebab = z.string().regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, -)');
const text = z.string().trim().min(1, 'must not be empty');

const GuardRefSchema = z.strictObject({
  guard: z.enum(CONTENT_GUARDS),
  params: z.strictObject({ fragments: z.array(kebab).min(1) }),
});

const TargetSchema = kebab;

const isBoth = (input: unknown) => typeof input === 'object' && input !== null && 'signal' in input && 'distractor' in input;

// `sources`: what the fragment's explanation rests on beyond its indicator's sources (a signal) or at
// all (a distractor); keys of content/sources.yaml.
const fragmentSources = z.array(z.string()).min(1).optional();
const FragmentSchema = z.union(
  [
    z.strictObject({ id: kebab, signal: kebab, sources: fragmentSources }),
    z.strictObject({ id: kebab, distractor: z.literal(true), sources: fragmentSources }),
  ],
  {
    error: (issue) =>
      isBoth(issue.input)
        ? 'is both a signal and a distractor: keep either `signal: <indicator id>` or `distractor: true`'
        : 'a fragment is `{ id, signal: <indicator id> }` or `{ id, distractor: true }`',
  },
);

const BranchSchema = z.strictObject({ if: GuardRefSchema.optional(), scene: TargetSchema });

const ObserveSceneSchema = z.strictObject({
  id: kebab,
  type: z.literal('observe'),
  fragments: z.array(FragmentSchema),
  next: z.union([TargetSchema, z.array(BranchSchema).min(1)]),
});

const DecideSceneSchema = z.strictObject({
  id: kebab,
  type: z.literal('decide'),
  fragments: z.array(FragmentSchema),
  options: z
    .array(z.strictObject({ id: kebab, quality: z.enum(QUALITIES), next: TargetSchema }))
    .min(2, 'a decision needs at least two options'),
});

export const ScenarioFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: kebab,
  code: z.number().int().min(0).max(9999),
  version: z.number().int().positive(),
  sector: z.enum(SECTORS),
  form: z.enum(FORMS),
  minutes: z.number().int().min(1).max(120),
  warning: z.enum(WARNING_LEVELS),
  sources: z.array(z.string()).min(1, 'name at least one source'),
  routes: z.array(kebab).min(1, 'name at least one reporting route'),
  start: kebab,
  scenes: z.array(z.discriminatedUnion('type', [ObserveSceneSchema, DecideSceneSchema])).min(1),
});
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

export const ScenarioTextFileSchema = z.strictObject({
  title: text,
  summary: text,
  contentWarning: text,
  scenes: z.record(
    z.string(),
    z.strictObject({
      heading: text,
      body: text,
      question: text.optional(),
      options: z.record(z.string(), z.strictObject({ label: text, feedback: text })).optional(),
    }),
  ),
  fragments: z.record(z.string(), text),
  debrief: z.strictObject({
    professional: text,
    misconception: text,
    partners: z.array(z.strictObject({ name: text, role: text })).min(1).optional(),
  }),
});
export type ScenarioTextFile = z.infer<typeof ScenarioTextFileSchema>;

export const CATEGORIES = ['control', 'work-living', 'health', 'young-people', 'setting'] as const;

export const IndicatorsFileSchema = z.array(
  z.strictObject({
    id: kebab,
    category: z.enum(CATEGORIES),
    forms: z.array(z.enum(['sexual', 'labour', 'criminal', 'domestic'])).min(1),
    sources: z.array(z.string()).min(1),
  }),
);
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>;

export const TaxonomyTextFileSchema = z.strictObject({
  categories: z.record(z.string(), text),
  indicators: z.record(z.string(), z.strictObject({ name: text, explanation: text })),
});
export type TaxonomyTextFile = z.infer<typeof TaxonomyTextFileSchema>;

// A source without `url` is cited by publisher and title: used where the only address known is an
// unofficial copy, which learners must not be sent to.
export const SourcesFileSchema = z.record(
  z.string(),
  z.strictObject({
    /** The title as the source itself gives it, in its own language. */
    title: text,
    url: z.url().optional(),
    /** The title in Dutch or English, for a source in another language; shown on pages in that language. */
    title_nl: text.optional(),
    title_en: text.optional(),
  }),
);
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

export const RoutesFileSchema = z.array(
  z.strictObject({
    id: kebab,
    contact: text,
    url: z.url().optional(),
    sources: z.array(z.string()).min(1),
  }),
);
export type RoutesFile = z.infer<typeof RoutesFileSchema>;

export const PagesTextFileSchema = z.strictObject({
  routes: z.record(z.string(), z.strictObject({ name: text, when: text })),
});
export type PagesTextFile = z.infer<typeof PagesTextFileSchema>;

/** Every information page: a folder content/pages/<id>/ with nl.yaml and en.yaml, shown at #/page/<id>. */
export const PAGE_IDS = ['introduction', 'what-to-do', 'about', 'privacy', 'without-server'] as const;

const PageSectionSchema = z.strictObject({
  heading: text,
  paragraphs: z.array(text).min(1),
  items: z.array(text).min(1).optional(),
  sources: z.array(z.string()),
});

export const PageTextFileSchema = z
  .strictObject({
    title: text,
    lead: text,
    /**
     * `signaal`: the page describes Signaal itself (privacy, how it works), which its own code is
     * the source of; its sections may name no outside source. Every other section must.
     */
    describes: z.literal('signaal').optional(),
    sections: z.array(PageSectionSchema).min(1),
  })
  .superRefine((page, context) => {
    if (page.describes === 'signaal') return;
    page.sections.forEach((section, i) => {
      if (section.sources.length === 0) context.addIssue({ code: 'custom', path: ['sections', i, 'sources'], message: 'name the sources of this section' });
    });
  });
export type PageTextFile = z.infer<typeof PageTextFileSchema>;
