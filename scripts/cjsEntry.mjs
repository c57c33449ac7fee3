// Runs after tsup (`npm run build`). The CommonJS entry is the ES module build itself, loaded
// through Node's require(esm): the package already needs Node ≥ 20.19 for that, because
// css-select and parse5 are ES modules. One copy of the library ships, and a CommonJS caller
// gets the very same module as an importing one (a ParseError is one class for both, the
// per-profile caches are shared). Its types are the same declarations.
import { copyFileSync, writeFileSync } from 'node:fs';

// No comment in the file itself: it counts towards the library's size budget (issue 8).
writeFileSync('dist/index.cjs', "'use strict';\nmodule.exports = require('./index.js');\n");
copyFileSync('dist/index.d.ts', 'dist/index.d.cts');
