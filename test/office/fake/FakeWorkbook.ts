import type { FakeContext } from "./FakeContext";
import { FakeNamedItemCollection } from "./FakeNames";
import { FakeTableCollection } from "./FakeTable";
import { FakeWorksheetCollection } from "./FakeWorksheet";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly names: FakeNamedItemCollection;
  constructor(context: FakeContext) {
    this.names = new FakeNamedItemCollection(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.application = new FakeApplication(context);
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(
      { path: "application", action: "suspendApiCalculationUntilNextSync" },
      () => undefined,
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireSet(9, "suspendScreenUpdatingUntilNextSync");
    this.context.enqueue(
      { path: "application", action: "suspendScreenUpdatingUntilNextSync" },
      () => undefined,
    );
  }
}

export class FakeRuntime {
  constructor(private readonly context: FakeContext) {}
  set enableEvents(value: boolean) {
    this.context.requireSet(8, "runtime.enableEvents");
    this.context.enqueue(
      { path: "runtime", set: "enableEvents", value },
      () => (this.context.state.eventsEnabled = value),
    );
  }
  get enableEvents(): boolean {
    throw new Error("PropertyNotLoaded: runtime.enableEvents");
  }
}
