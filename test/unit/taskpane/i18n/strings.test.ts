import { en } from "../../../../src/taskpane/i18n/en";
import { th } from "../../../../src/taskpane/i18n/th";

type Tree = { [key: string]: unknown };

/** Every leaf path with its kind: "string", "function/<arity>", or "array/<length>". */
function shape(value: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "function") out.set(path, `function/${value.length}`);
  else if (Array.isArray(value)) out.set(path, `array/${value.length}`);
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value as Tree)) {
      for (const [p, kind] of shape(child, `${path}.${key}`)) out.set(p, kind);
    }
  } else out.set(path, typeof value);
  return out;
}

function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "object" && value !== null) return Object.values(value as Tree).flatMap(leaves);
  return [value];
}

describe("UI strings", () => {
  it("have the same keys, arities and list lengths in Thai and English", () => {
    expect(Object.fromEntries(shape(en))).toEqual(Object.fromEntries(shape(th)));
  });

  it("are never empty", () => {
    for (const text of [...leaves(th), ...leaves(en)]) {
      if (typeof text === "string") expect(text.trim()).not.toBe("");
    }
  });

  it("keep the official Thai print path and form names", () => {
    expect(th.build.next).toContain("ไฟล์ → พิมพ์");
    expect(en.build.next).toContain("File → Print");
    expect(en.build.intro).toContain("ผด.02-1");
  });
});
