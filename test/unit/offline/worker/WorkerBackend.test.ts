import { MessageChannel, type MessagePort } from "node:worker_threads";
import ExcelJS from "exceljs";
import { samplePlanBytes } from "../../../fixtures/planWorkbook";
import { TemplateStructureError } from "../../../../src/domain/parse/TemplateStructureError";
import { FileSession } from "../../../../src/offline/session/FileSession";
import type { WorkProgress } from "../../../../src/offline/session/OfflineBackend";
import { UnreadableFileError } from "../../../../src/offline/session/UnreadableFileError";
import type { MessageEnd } from "../../../../src/offline/worker/protocol";
import { serveBackend } from "../../../../src/offline/worker/serveBackend";
import { WorkerBackend } from "../../../../src/offline/worker/WorkerBackend";

/** Node's MessagePort as the DOM's: messages as events with `data`. */
function end(port: MessagePort): MessageEnd {
  return {
    postMessage: (message, transfer) => port.postMessage(message, transfer as never),
    addEventListener: (_type, listener) => port.on("message", (data) => listener({ data } as MessageEvent)),
  };
}

let ports: MessagePort[] = [];
function connected(): WorkerBackend {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveBackend(end(port1), new FileSession());
  return new WorkerBackend(end(port2));
}
afterEach(() => {
  for (const port of ports) port.close();
  ports = [];
});

describe("the worker's messages: the backend's calls across threads", () => {
  it("opens, checks with progress and builds; the file's bytes are handed over, not copied", async () => {
    const backend = connected();
    const bytes = await samplePlanBytes();
    const opened = await backend.open({ bytes });
    expect(opened.size).toBeGreaterThan(0);
    // Transferred to the other side: this side's buffer is gone.
    expect(bytes.byteLength).toBe(0);
    const progress: WorkProgress[] = [];
    const report = await backend.validate({ today: "2026-11-27" }, (p) => progress.push(p));
    expect(report.errorCount).toBe(0);
    expect(progress.map((p) => p.phase)).toEqual(["read", "check"]);
    const built = await backend.build({
      options: {
        editions: ["หลัก"],
        consolidated: false,
        thaiDigits: false,
        excludeUnbudgeted: false,
        font: "TH SarabunPSK",
      },
      generatedAt: "2026-11-27T03:00:00.000Z",
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(built.file!.bytes as unknown as ArrayBuffer);
    expect(book.getWorksheet("ผด.01")).toBeDefined();
  });

  it("gives back the errors the page tells apart, as their own classes", async () => {
    const backend = connected();
    await expect(backend.open({ bytes: new Uint8Array(0) })).rejects.toEqual(
      new UnreadableFileError("empty"),
    );
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet("อื่น");
    await backend.open({ bytes: new Uint8Array(await raw.xlsx.writeBuffer()) });
    const failure = backend.validate({ today: "2026-11-27" });
    await expect(failure).rejects.toBeInstanceOf(TemplateStructureError);
    await expect(failure).rejects.toMatchObject({ code: "missing-table" });
  });

  it("answers calls in the order they came, each with its own result", async () => {
    const backend = connected();
    await backend.open({ bytes: await samplePlanBytes() });
    const [overview, summary] = await Promise.all([backend.overview(), backend.summarize({ edition: null })]);
    expect(overview.templatePresent).toBe(true);
    expect(summary.total.projects).toBeGreaterThan(0);
  });
});
