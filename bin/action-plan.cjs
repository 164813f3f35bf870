#!/usr/bin/env node
"use strict";
// The command line is bundled by scripts/build-cli.mjs (npm run build:cli) into lib/action-plan.cjs.
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "lib", "action-plan.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "action-plan: ยังไม่ได้สร้างโปรแกรม ให้รัน npm run build:cli ก่อน / not built yet: run npm run build:cli\n",
  );
  process.exit(2);
}
require(bundle);
