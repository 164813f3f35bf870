import type { FakeName } from "../fakeWorkbookState";
import type { FakeContext } from "./FakeContext";
import { FakeProxy } from "./FakeProxy";

/** `workbook.names`: the workbook-scoped names (ExcelApi 1.1; `add` and `getItemOrNullObject` 1.4). */
export class FakeNamedItemCollection {
  constructor(private readonly context: FakeContext) {}

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `name?(${name})`,
      () => this.context.state.names.get(name.toLowerCase()) ?? null,
    );
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `name(${name})`, () => {
      const found = this.context.state.names.get(name.toLowerCase());
      if (!found) throw new Error(`ItemNotFound: name "${name}"`);
      return found;
    });
  }

  /** Like Excel: a name that exists is refused; the reference is kept as the formula ("=…"). */
  add(name: string, reference: string): FakeNamedItem {
    const slot: { item: FakeName | null } = { item: null };
    this.context.enqueue({ path: "names", action: "add", args: [name, reference] }, () => {
      const { names } = this.context.state;
      if (names.has(name.toLowerCase())) throw new Error(`ItemAlreadyExists: name "${name}"`);
      if (!reference.startsWith("=")) throw new Error(`InvalidArgument: reference "${reference}"`);
      slot.item = { name, formula: reference, visible: true };
      names.set(name.toLowerCase(), slot.item);
    });
    return new FakeNamedItem(this.context, `name+(${name})`, () => slot.item);
  }
}

export class FakeNamedItem extends FakeProxy<FakeName> {
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.command("set formula", formula, (item) => (item.formula = formula));
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.command("set visible", visible, (item) => (item.visible = visible));
  }
  protected snapshot(item: FakeName, property: string): unknown {
    return property === "name"
      ? item.name
      : property === "formula"
        ? item.formula
        : property === "visible"
          ? item.visible
          : undefined;
  }
}
