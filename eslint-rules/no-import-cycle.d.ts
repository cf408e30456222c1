import type { Rule } from 'eslint';

/** Forbids import cycles between the modules of src/, type-only and dynamic imports included. */
export declare const noImportCycle: Rule.RuleModule;
