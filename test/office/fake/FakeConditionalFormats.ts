import { intersects, type FakeConditionalFormat, type FakeSheet } from "../fakeWorkbookState";
import { FakeProxy, type Area } from "./FakeProxy";

export class FakeConditionalFormatCollection extends FakeProxy<Area> {
  private loadedItems: FakeConditionalFormatProxy[] | null = null;

  protected snapshot(area: Area, property: string): unknown {
    return property.startsWith("items")
      ? this.matching(area).map((f) => ({ id: f.id, type: f.type }))
      : undefined;
  }

  private matching(area: Area): FakeConditionalFormat[] {
    return area.sheet.conditionalFormats.filter((f) =>
      f.rects.some((a) => area.rects.some((b) => intersects(a, b))),
    );
  }

  get items(): FakeConditionalFormatProxy[] {
    if (!this.loadedItems) throw new Error(`PropertyNotLoaded: ${this.path}.items`);
    return this.loadedItems;
  }

  override load(properties?: string | string[] | Record<string, unknown>): this {
    super.load(properties);
    this.context.enqueue({ path: this.path, load: "items" }, () => {
      const area = this.target();
      this.loadedItems = this.matching(area).map((format) => {
        const proxy = new FakeConditionalFormatProxy(this.context, `cf(${format.id})`, () =>
          area.sheet.conditionalFormats.includes(format) ? { sheet: area.sheet, format } : null,
        );
        proxy.preload({ id: format.id, type: format.type });
        return proxy;
      });
    });
    return this;
  }

  add(type: string): FakeConditionalFormatProxy {
    const holder: { slot: { sheet: FakeSheet; format: FakeConditionalFormat } | null } = { slot: null };
    this.command("conditionalFormats.add", [type], (area) => {
      const format: FakeConditionalFormat = {
        id: this.context.state.newId(),
        type,
        rects: area.rects,
        formula: "",
        fill: null,
      };
      area.sheet.conditionalFormats.push(format);
      holder.slot = { sheet: area.sheet, format };
    });
    return new FakeConditionalFormatProxy(this.context, `${this.path}/cf+`, () => holder.slot);
  }

  clearAll(): void {
    this.command("conditionalFormats.clearAll", [], (area) => {
      const remove = new Set(this.matching(area));
      area.sheet.conditionalFormats = area.sheet.conditionalFormats.filter((f) => !remove.has(f));
    });
  }
}

export class FakeConditionalFormatProxy extends FakeProxy<{
  sheet: FakeSheet;
  format: FakeConditionalFormat;
}> {
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  protected snapshot({ format }: { format: FakeConditionalFormat }, property: string): unknown {
    return property === "id" ? format.id : property === "type" ? format.type : undefined;
  }
  get custom(): { rule: FakeConditionalRule; format: { fill: { color: unknown } } } {
    const rule = new FakeConditionalRule(this.context, `${this.path}/custom/rule`, () => {
      const target = this.resolve();
      if (target !== null && target.format.type !== "Custom")
        throw new Error("InvalidOperation: not a custom format");
      return target;
    });
    const setFill = (color: unknown): void =>
      this.command("custom.format.fill.color", color, (t) => (t.format.fill = String(color)));
    return {
      rule,
      format: {
        fill: {
          set color(value: unknown) {
            setFill(value);
          },
          get color(): unknown {
            throw new Error("PropertyNotLoaded: custom.format.fill.color");
          },
        },
      },
    };
  }
  delete(): void {
    this.command(
      "delete",
      [],
      ({ sheet, format }) =>
        (sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format)),
    );
  }
}

export class FakeConditionalRule extends FakeProxy<{ sheet: FakeSheet; format: FakeConditionalFormat }> {
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.command("set formula", formula, ({ format }) => (format.formula = formula));
  }
  protected snapshot({ format }: { format: FakeConditionalFormat }, property: string): unknown {
    return property === "formula" ? format.formula : undefined;
  }
}
