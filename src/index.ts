/**
 * thinktank-parser: think-tank pages (plain-text dumps and HTML) into typed, validated
 * `Article` and `HeadlineItem` objects. This file is the whole public surface.
 *
 * @packageDocumentation
 */

// Parsing
export { parseArticle } from './parseArticle/index.js';
export { safeParseArticle, type SafeParseResult } from './safeParseArticle/index.js';
export { parseHeadlines } from './parseHeadlines/index.js';
export { toMarkdown } from './toMarkdown/index.js';
export type { ParseOptions } from './options/index.js';

// Provenance
export { explain, type Explanation, type ExplainedBlock } from './explain/index.js';
export type { BlockClaim, FieldSource } from './parseArticle/analyse.js';

// Model
export {
  ArticleSchema,
  AuthorSchema,
  BodyBlockSchema,
  HeadlineItemSchema,
  NavMenuSchema,
  WarningCodeSchema,
  WarningSchema,
  type Article,
  type Author,
  type BodyBlock,
  type HeadlineItem,
  type NavMenu,
  type Warning,
  type WarningCode,
} from './model/schema.js';

// Decoding
export { decodeHtml, sniffHtmlEncoding } from './decodeHtml/index.js';

// Timestamps
export { parseTimestamp, type DateOrder, type Timestamp, type TimestampOptions } from './parseTimestamp/index.js';

// Blocks and detectors
export type { Block, BlockLink, BlockRole, Landmark } from './blocks/types.js';
export { textToBlocks } from './textToBlocks/index.js';
export { htmlToBlocks } from './htmlToBlocks/index.js';
export { normalizeWhitespace } from './normalizeWhitespace/index.js';
export {
  stripBoilerplate,
  type BoilerplateOptions,
  type BoilerplateResult,
  type RemovedBlock,
} from './stripBoilerplate/index.js';
export {
  detectNavMenus,
  type DetectedMenu,
  type NavMenuOptions,
  type NavMenuResult,
} from './detectNavMenus/index.js';

// Outlets
export { OutletSchema, type OutletInput, type OutletProfile } from './outlets/schema.js';
export { defineOutlet } from './defineOutlet/index.js';
export { createParser, type DetectedOutlet, type Parser, type ParserOptions } from './createParser/index.js';
export type { OutletRule } from './outlets/resolveOutlet/index.js';

// Errors
export { ParseError, type ParseErrorCode, type ParseIssue } from './errors/ParseError.js';
