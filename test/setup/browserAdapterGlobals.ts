import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks TextEncoder/TextDecoder, which every browser the page runs in has and the file adapter
// uses. Import this first in a jsdom test that runs the file adapter (before any module of it loads).
const scope = globalThis as Record<string, unknown>;
scope["TextEncoder"] ??= TextEncoder;
scope["TextDecoder"] ??= TextDecoder;

export {};
