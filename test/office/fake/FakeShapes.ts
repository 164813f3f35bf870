import { pictureOf } from "../../../src/domain/layout/Picture";
import type { FakeShape, FakeSheet } from "../fakeWorkbookState";
import { FakeProxy } from "./FakeProxy";

/** Bytes of a Base64 string, or null when it is not Base64 (atob: no Node imports in the fake). */
function decodeBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Each added picture is its own object in a request. */
let addedShapes = 0;

/** `worksheet.shapes` (ExcelApi 1.9): pictures only; `items` once loaded. */
export class FakeShapeCollection extends FakeProxy<FakeSheet> {
  private loadedItems: FakeShapeProxy[] | null = null;

  get items(): FakeShapeProxy[] {
    if (!this.loadedItems) throw new Error(`PropertyNotLoaded: ${this.path}.items`);
    return this.loadedItems;
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    return property.startsWith("items") ? sheet.shapes.map((s) => shapeJson(s)) : undefined;
  }

  override load(properties?: string | string[] | Record<string, unknown>): this {
    super.load(properties);
    this.context.enqueue({ path: this.path, load: "items" }, () => {
      const sheet = this.resolve();
      this.loadedItems = (sheet?.shapes ?? []).map((shape) => {
        const proxy = new FakeShapeProxy(this.context, `${this.path}/shape(${shape.id})`, () =>
          sheet?.shapes.includes(shape) ? shape : null,
        );
        proxy.preload(shapeJson(shape));
        return proxy;
      });
    });
    return this;
  }

  /** Excel takes PNG or JPEG in Base64 and sizes the picture from its pixels at 96 dpi. */
  addImage(base64: string): FakeShapeProxy {
    const slot: { shape: FakeShape | null } = { shape: null };
    this.context.enqueue({ path: this.path, action: "addImage", args: [base64] }, () => {
      const sheet = this.target();
      const bytes = decodeBase64(base64);
      const picture = bytes ? pictureOf(bytes) : null;
      if (!picture) throw new Error("InvalidArgument: addImage needs a Base64 PNG or JPEG");
      const shape: FakeShape = {
        id: this.context.state.newId(),
        name: `Picture ${sheet.shapes.length + 1}`,
        type: "Image",
        base64,
        format: picture.format === "png" ? "PNG" : "JPEG",
        left: 0,
        top: 0,
        width: picture.widthPx * 0.75,
        height: picture.heightPx * 0.75,
        lockAspectRatio: true,
        altTextTitle: "",
        altTextDescription: "",
      };
      sheet.shapes.push(shape);
      slot.shape = shape;
    });
    return new FakeShapeProxy(this.context, `${this.path}/shape+(${++addedShapes})`, () => {
      if (!slot.shape) throw new Error("ItemNotFound: picture not added yet");
      return slot.shape;
    });
  }
}

const shapeJson = (s: FakeShape) => ({
  id: s.id,
  name: s.name,
  type: s.type,
  left: s.left,
  top: s.top,
  width: s.width,
  height: s.height,
  altTextDescription: s.altTextDescription,
});

/** One picture: its place, size, names; `getAsImage`; `delete`. */
export class FakeShapeProxy extends FakeProxy<FakeShape> {
  protected snapshot(shape: FakeShape, property: string): unknown {
    return (shapeJson(shape) as Record<string, unknown>)[property];
  }

  private setShape<K extends keyof FakeShape>(
    key: K,
    value: FakeShape[K],
    apply?: (s: FakeShape) => void,
  ): void {
    this.command(`shape.${String(key)}`, value, (shape) => (apply ? apply(shape) : (shape[key] = value)));
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setShape("name", value);
  }
  get type(): string {
    return this.read("type");
  }
  get top(): number {
    return this.read("top");
  }
  set top(value: number) {
    this.setShape("top", value);
  }
  get left(): number {
    return this.read("left");
  }
  set left(value: number) {
    this.setShape("left", value);
  }
  set width(value: number) {
    this.setShape("width", value, (shape) => {
      if (shape.lockAspectRatio) shape.height = (shape.height * value) / shape.width;
      shape.width = value;
    });
  }
  set height(value: number) {
    this.setShape("height", value, (shape) => {
      if (shape.lockAspectRatio) shape.width = (shape.width * value) / shape.height;
      shape.height = value;
    });
  }
  set lockAspectRatio(value: boolean) {
    this.setShape("lockAspectRatio", value);
  }
  set altTextTitle(value: string) {
    this.setShape("altTextTitle", value);
  }
  set altTextDescription(value: string) {
    this.setShape("altTextDescription", value);
  }

  /** The picture as Base64 (the fake gives back the bytes it was added with, whatever the format). */
  getAsImage(format: string): { readonly value: string } {
    const result: { value?: string } = {};
    this.context.enqueue({ path: this.path, action: "getAsImage", args: [format] }, () => {
      const shape = this.target();
      result.value = shape.base64;
      this.context.addResponse(shape.base64.length);
    });
    return {
      get value(): string {
        if (result.value === undefined) throw new Error("PropertyNotLoaded: getAsImage value before sync");
        return result.value;
      },
    };
  }

  delete(): void {
    this.command("delete", [], (shape) => {
      const sheet = this.context.state.sheets.find((s) => s.shapes.includes(shape));
      if (sheet) sheet.shapes.splice(sheet.shapes.indexOf(shape), 1);
    });
  }
}
