import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { minify } from 'terser';

// The CLI imports the library as '../index.js'. Keep that import as a reference to the
// library's own build (dist/index.js) instead of bundling a second copy into dist/cli.js.
const libraryAsExternal: Plugin = {
  name: 'library-as-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
  },
};

// esbuild keeps one import statement per source file that imports a package (esbuild issue
// #475), so `zod` and `parse5` were imported two and three times. Merged into one statement per
// package, at the top, in the order the packages were first imported (the order they are
// evaluated in): 21 bytes. Only named imports (`import{a as b}from"x";`) are merged.
function mergeImports(code: string): string {
  const named = new Map<string, string[]>();
  const rest = code.replace(/import\{([^}]*)\}from"([^"]+)";?/g, (_, names: string, from: string) => {
    named.set(from, [...(named.get(from) ?? []), names]);
    return '';
  });
  return [...named].map(([from, names]) => `import{${names.join(',')}}from"${from}";`).join('') + rest;
}

// Property names that only the library's own code reads and writes: no public type, option,
// schema or input format uses them (a name in dist/index.d.ts, in parse5, zod or date-fns-tz,
// or written as a string anywhere in src/ may not be here). Terser shortens them like local
// names: 1,059 bytes (twenty-first session). Checked as `unsafe` was: all 1,256 saved pages
// (../shared and fixtures/) gave the same decodeHtml, safeParseArticle, toMarkdown,
// parseHeadlines, explain and htmlToBlocks output as the build without it. A name added here
// must be checked the same way, since the tests run on src/, not on this build.
const INTERNAL_PROPERTIES = new RegExp(
  `^(?:${'timestampText blockElement offsetMinutes datelineName siteNames dateText isOrganization declaresArticle dedupedWarnings zoneAssumed headlineSource titleNames textLen linkHost sourceUrl isClaimed outletRule wantsName headlinesAt warnBadDate commaCount warnNoDate containerFeature linkLen interned'.split(' ').join('|')})$`,
);

export default defineConfig([
  {
    // The library: runs anywhere JavaScript runs. Minified to keep the package small (names
    // included: keeping them cost about 4 kB, and a ParseError says what failed by its code,
    // message and path, not by a stack frame). One ES module build; scripts/cjsEntry.mjs then
    // writes the CommonJS entry that loads it.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: false,
    minify: true,
    // Letters such as 'ä' and '—' in the rules stay UTF-8 (2-3 bytes) instead of '\u2014'
    // escapes (6 bytes). An ES module is always read as UTF-8.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    // Then terser, four compress passes (the fourth saves 4 bytes), on esbuild's minified
    // output with its imports merged (above): about 1 kB (1 %) smaller than esbuild alone, and
    // the size budget of issue 8 counts every byte. Safe transforms, plus those that assume
    // what the library keeps to: `unsafe_arrows` (a function expression that never reads `this`
    // becomes an arrow; unsafe only for a function called with `new` or read for its
    // `.prototype`, and the one constructor is the ParseError class),
    // `pure_getters` (reading a property has no side effect, and the code never relies on one
    // throwing), and `unsafe` with `unsafe_proto` (built-ins are not replaced: `new RegExp(…)`
    // loses its `new`, `String(x)` and a template literal become `'' + x`, which differ only
    // for a Symbol or an object with its own `valueOf`, and neither reaches them; 160 bytes).
    // And `hoist_funs`: function declarations move to the top of their scope, where the language
    // hoists them anyway (78 bytes, nineteenth session).
    // Its output parses all 1,181 bench pages exactly as esbuild's alone does (a check run by
    // hand when these options change; for `unsafe`, the articles, Markdown and explain() output
    // of all 1,219 saved pages matched the build without it). The consumer checks run on this file.
    async onSuccess() {
      const file = 'dist/index.js';
      const out = await minify(mergeImports(await readFile(file, 'utf8')), { module: true, ecma: 2020, compress: { passes: 4, hoist_funs: true, unsafe: true, unsafe_proto: true, unsafe_arrows: true, pure_getters: true }, mangle: { properties: { regex: INTERNAL_PROPERTIES } } });
      if (out.code === undefined) throw new Error('terser returned no code for dist/index.js');
      await writeFile(file, out.code);
    },
  },
  {
    // The command line: Node only, ES module, its own entry point, not minified.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [libraryAsExternal],
  },
]);
