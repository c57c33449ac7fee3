// The public surface is src/index.ts alone. This pins its export list, checks that every
// export carries a doc comment with an example, and that the core never imports node:.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const srcDir = join(import.meta.dirname, '..', 'src');

const VALUE_EXPORTS = [
  'ArticleSchema',
  'AuthorSchema',
  'BodyBlockSchema',
  'HeadlineItemSchema',
  'NavMenuSchema',
  'OutletSchema',
  'ParseError',
  'WarningCodeSchema',
  'WarningSchema',
  'createParser',
  'decodeHtml',
  'defineOutlet',
  'detectNavMenus',
  'explain',
  'htmlToBlocks',
  'normalizeWhitespace',
  'parseArticle',
  'parseHeadlines',
  'parseTimestamp',
  'safeParseArticle',
  'sniffHtmlEncoding',
  'stripBoilerplate',
  'textToBlocks',
  'toMarkdown',
];

const TYPE_EXPORTS = [
  'Article',
  'Author',
  'Block',
  'BlockClaim',
  'BlockLink',
  'BlockRole',
  'BodyBlock',
  'BoilerplateOptions',
  'BoilerplateResult',
  'DateOrder',
  'DetectedMenu',
  'DetectedOutlet',
  'ExplainedBlock',
  'Explanation',
  'FieldSource',
  'HeadlineItem',
  'Landmark',
  'NavMenu',
  'NavMenuOptions',
  'NavMenuResult',
  'OutletInput',
  'OutletProfile',
  'OutletRule',
  'ParseErrorCode',
  'ParseIssue',
  'ParseOptions',
  'Parser',
  'ParserOptions',
  'RemovedBlock',
  'SafeParseResult',
  'Timestamp',
  'TimestampOptions',
  'Warning',
  'WarningCode',
];

function exportedSymbols(): { name: string; docs: string }[] {
  const entry = join(srcDir, 'index.ts');
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const docs = (target.declarations ?? [])
      .flatMap((d) => ts.getJSDocCommentsAndTags(d))
      .map((d) => d.getText())
      .join('\n');
    return { name: symbol.getName(), docs };
  });
}

describe('public surface', () => {
  it('exports exactly the pinned values', () => {
    expect(Object.keys(api).sort()).toEqual([...VALUE_EXPORTS].sort());
  });

  const symbols = exportedSymbols();

  it('exports exactly the pinned names, values and types', () => {
    expect(symbols.map((s) => s.name).sort()).toEqual([...VALUE_EXPORTS, ...TYPE_EXPORTS].sort());
  });

  it('documents every export with an example', () => {
    const undocumented = symbols.filter((s) => !s.docs.includes('@example')).map((s) => s.name);
    expect(undocumented).toEqual([]);
  });

  it('puts every export in exactly one of the documented categories', () => {
    const categories = ['Parsing', 'Model', 'Outlets', 'Timestamps', 'Errors'];
    const wrong = symbols
      .map((s) => ({ name: s.name, found: [...s.docs.matchAll(/@category\s+(\S+)/g)].map((m) => m[1]) }))
      .filter(({ found }) => found.length !== 1 || !categories.includes(found[0]!));
    expect(wrong).toEqual([]);
  });

  it('keeps the core free of node: imports', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'cli') walk(path);
        } else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && /from ['"]node:|require\(['"]node:|import\(['"]node:/.test(readFileSync(path, 'utf8'))) {
          offenders.push(relative(srcDir, path));
        }
      }
    };
    walk(srcDir);
    expect(offenders).toEqual([]);
  });
});
