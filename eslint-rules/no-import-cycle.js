import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// No module of src/ may reach itself through its imports: static, dynamic, re-exports and
// type-only imports alike. A type-only cycle costs nothing at run time, but it ties two modules
// together just the same, and the layers are meant to point one way. The graph of src/ is read
// once per lint run (a regular expression per file: relative specifiers are all that matter here).

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"](\.{1,2}(?:\/[^'"]*)?)['"]/gm;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function importsOf(file, text) {
  return [...text.matchAll(SPECIFIER)].flatMap((match) => {
    const target = resolveSpecifier(file, match[1]);
    return target ? [target] : [];
  });
}

/** Strongly connected components (Tarjan): every module that sits in a cycle, by its cycle. */
function cyclesOf(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const componentOf = new Map();
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = new Set();
    for (let member = stack.pop(); ; member = stack.pop()) {
      onStack.delete(member);
      component.add(member);
      if (member === node) break;
    }
    const cyclic = component.size > 1 || (graph.get(node) ?? []).includes(node);
    if (cyclic) for (const member of component) componentOf.set(member, component);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return componentOf;
}

/** The shortest way from `start` back to `goal` inside one cycle, for the message. */
function pathBack(graph, component, start, goal) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === goal) break;
    for (const next of graph.get(node) ?? []) {
      if (component.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  const path = [];
  for (let node = goal; node !== undefined; node = previous.get(node)) path.unshift(node);
  return path;
}

let cached;
function project(root) {
  if (cached?.root === root) return cached;
  const graph = new Map();
  for (const file of listFiles(join(root, 'src'))) graph.set(file, importsOf(file, readFileSync(file, 'utf8')));
  cached = { root, graph, cycles: cyclesOf(graph) };
  return cached;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the modules of src/, type-only and dynamic imports included.' },
    messages: { cycle: 'Import cycle: {{path}}. Move what both sides need into a module of its own.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const { graph, cycles, root } = project(context.cwd);
    const component = cycles.get(file);
    if (!component) return {};
    const check = (node, source) => {
      if (typeof source?.value !== 'string' || !source.value.startsWith('.')) return;
      const target = resolveSpecifier(file, source.value);
      if (!target || !component.has(target)) return;
      const path = [file, ...pathBack(graph, component, target, file)].map((f) => relative(root, f)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { path } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
