import { config } from "zod";

// The pane's Content-Security-Policy has no 'unsafe-eval': zod must not compile parsers with new Function
// (it would not even probe for it, which a strict CSP reports as a violation). Imported by index.tsx before
// any schema parses; the CLI keeps zod's faster compiled parsers.
config({ jitless: true });
