// The JSON Schema of the model, generated from the zod schemas (zod 4's `z.toJSONSchema`), so
// it cannot drift from the types. The root validates one `Article`; `$defs` names the parts,
// `HeadlineItem` among them, for consumers that validate `parseHeadlines` output.
//   npm run schema   (writes schema.json; a test fails when the committed file is stale)
// The package exports the file as `thinktank-parser/schema.json`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ArticleSchema, AuthorSchema, BodyBlockSchema, HeadlineItemSchema, NavMenuSchema, WarningSchema } from '../src/model/schema.js';

type JsonObject = Record<string, unknown>;

/** Builds the schema document: draft 2020-12, root = Article, named parts under `$defs`. */
export function buildJsonSchema(version: string): JsonObject {
  // A local registry (not zod's global one) names each part, so it becomes a `$ref`.
  const registry = z.registry<{ id: string }>();
  registry.add(ArticleSchema, { id: 'Article' });
  registry.add(HeadlineItemSchema, { id: 'HeadlineItem' });
  registry.add(AuthorSchema, { id: 'Author' });
  registry.add(WarningSchema, { id: 'Warning' });
  registry.add(NavMenuSchema, { id: 'NavMenu' });
  registry.add(BodyBlockSchema, { id: 'BodyBlock' });
  // `io: 'output'`: the shape results have (defaults applied, so every key is present).
  const { schemas } = z.toJSONSchema(registry, { io: 'output', target: 'draft-2020-12', uri: (id) => `#/$defs/${id}` }) as { schemas: Record<string, JsonObject> };
  const strip = ({ $id: _id, $schema: _schema, ...rest }: JsonObject) => rest;
  const defs: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) if (id !== 'Article') defs[id] = strip(schema);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'thinktank-parser Article',
    description: `One Article as parseArticle returns it (thinktank-parser ${version}). $defs/HeadlineItem is one item of parseHeadlines. Generated from the zod schemas; do not edit.`,
    ...strip(schemas.Article!),
    $defs: defs,
  };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(root, process.argv[2] ?? 'schema.json');
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(buildJsonSchema(version), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
