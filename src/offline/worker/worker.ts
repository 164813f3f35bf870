// First, before any schema parses: zod without eval (the page's CSP has no 'unsafe-eval').
import "../../taskpane/zodJitless";
import { FileSession } from "../session/FileSession";
import { PLAN_BOOK } from "./planBook";
import type { MessageEnd } from "./protocol";
import { serveBackend } from "./serveBackend";

/**
 * The offline page's worker, the composition root of its work: the file adapter and the use cases
 * run here, off the page's thread, so the page stays responsive on large workbooks.
 */
serveBackend(self as unknown as MessageEnd, new FileSession({ book: PLAN_BOOK }));
