import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

// Offline stand-in for `npm run validate` (Microsoft's validator needs the internet): the checks
// Office applies that can be made from the file alone.
const root = path.resolve(__dirname, "../..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");

function parse(text: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "text/xml");
  if (errors.length > 0) throw new Error(errors.join("\n"));
  const el = doc.documentElement;
  if (!el) throw new Error("no root element");
  return el;
}

const officeApp = parse(xml);
const children = (el: Element): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const all = (el: Element): Element[] => children(el).flatMap((c) => [c, ...all(c)]);
const child = (el: Element, name: string): Element | undefined =>
  children(el).find((c) => c.localName === name);

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp task-pane root", () => {
    expect(officeApp.localName).toBe("OfficeApp");
    expect(officeApp.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  it("lists the root elements in the order Office requires", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = children(officeApp).map((c) => c.localName);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"]) {
      expect(present).toContain(required);
    }
    const ranks = present.map((name) => order.indexOf(name ?? ""));
    expect(ranks).not.toContain(-1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it("has a fixed GUID id, a Workbook host, ExcelApi 1.7 and ReadWriteDocument", () => {
    expect(child(officeApp, "Id")?.textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(xml).toContain('<Host Name="Workbook" />');
    const set = all(officeApp).find((e) => e.localName === "Set");
    expect(set?.getAttribute("Name")).toBe("ExcelApi");
    expect(set?.getAttribute("MinVersion")).toBe("1.7");
    expect(child(officeApp, "Permissions")?.textContent).toBe("ReadWriteDocument");
  });

  it("has Thai overrides for the display name and description within Office's length limits", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = child(officeApp, name);
      const limit = name === "DisplayName" ? 125 : 250;
      expect(el?.getAttribute("DefaultValue")?.length).toBeLessThanOrEqual(limit);
      const thai = children(el as Element).find((o) => o.getAttribute("Locale") === "th-TH");
      expect(thai?.getAttribute("Value")).toMatch(/[\u0E00-\u0E7F]/);
      expect(thai?.getAttribute("Value")?.length).toBeLessThanOrEqual(limit);
    }
  });

  it("uses https for every URL", () => {
    const urls = all(officeApp)
      .flatMap((e) => [
        e.getAttribute("DefaultValue"),
        e.getAttribute("Value"),
        e.localName === "AppDomain" ? e.textContent : null,
      ])
      .filter((v): v is string => typeof v === "string" && /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("references only icons that exist in assets/, at the sizes Office asks for", () => {
    const iconUrls = all(officeApp)
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((v): v is string => typeof v === "string" && v.endsWith(".png"));
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const url of iconUrls) {
      const file = path.join(root, "assets", path.basename(new URL(url).pathname));
      expect(existsSync(file)).toBe(true);
    }
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(path.join(root, "assets", `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });

  it("resolves every resid to a declared resource", () => {
    const ids = new Set(
      all(officeApp)
        .filter((e) => ["Image", "Url", "String"].includes(e.localName ?? "") && e.getAttribute("id"))
        .map((e) => e.getAttribute("id")),
    );
    const refs = all(officeApp)
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null && r !== "");
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(ids).toContain(ref);
  });

  it("opens the task pane from a button on the Home tab", () => {
    const tab = all(officeApp).find((e) => e.localName === "OfficeTab");
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const action = all(officeApp).find((e) => e.localName === "Action");
    expect(action?.getAttribute("xsi:type")).toBe("ShowTaskpane");
  });
});
