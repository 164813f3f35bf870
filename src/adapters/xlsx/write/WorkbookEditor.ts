import type { ImageSpec } from "../../../domain/layout/SheetSpec";
import { CONTENT_TYPE, updateContentTypes } from "../package/contentTypes";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import {
  addRelationships,
  isType,
  readRelationships,
  relsPathOf,
  removeRelationships,
  REL,
} from "../package/relationships";
import { writeDrawing } from "./drawingPart";
import {
  attr,
  childNamed,
  childrenNamed,
  createLike,
  parseXml,
  rootOf,
  serializeXml,
  type Document,
  type Element,
} from "../package/xml";

export interface NewSheetPart {
  readonly name: string;
  /**
   * The worksheet XML; `{{table:N}}` stands for the relationship id of `tables[N]`, `{{drawing}}` for
   * that of the drawing holding `images`.
   */
  readonly xml: string;
  readonly tables?: readonly { readonly xml: (id: number) => string }[];
  /** Pictures placed over the sheet (a drawing part with their media is added). */
  readonly images?: readonly ImageSpec[];
  readonly state?: "visible" | "hidden";
}

export interface LocalName {
  readonly name: string;
  readonly formula: string;
}

/** A sheet name as formulas quote it: 'ผด.01'!A1 (a quote inside is doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

/**
 * Edits the workbook part and what hangs on it — sheets, their relationships and parts, content
 * types, defined names with their sheet positions (localSheetId), the book view's active tab — as one
 * change: nothing is written until `save()`. Sheets and parts the edit does not name stay as they are.
 */
export class WorkbookEditor {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly overrides: { part: string; contentType: string }[] = [];
  private readonly defaults: { extension: string; contentType: string }[] = [];
  private readonly removedParts: string[] = [];
  private changed = false;

  constructor(
    private readonly pkg: OoxmlPackage,
    private readonly workbookPart: string,
  ) {
    this.doc = parseXml(pkg.text(workbookPart) ?? "", workbookPart);
    this.root = rootOf(this.doc);
  }

  private get sheetsElement(): Element {
    const sheets = childNamed(this.root, "sheets");
    if (sheets) return sheets;
    const created = createLike(this.root, "sheets");
    this.root.appendChild(created);
    return created;
  }

  sheetElements(): Element[] {
    return childrenNamed(this.sheetsElement, "sheet");
  }

  sheetNames(): string[] {
    return this.sheetElements().map((s) => attr(s, "name") ?? "");
  }

  indexOf(name: string): number {
    const wanted = name.toLowerCase();
    return this.sheetNames().findIndex((n) => n.toLowerCase() === wanted);
  }

  /** The part of the sheet at this position; null when it has none. */
  partOf(index: number): string | null {
    const element = this.sheetElements()[index];
    if (!element) return null;
    const id = attr(element, "id");
    const found = readRelationships(this.pkg, this.workbookPart).find((r) => r.id === id);
    return found && !found.external ? found.target : null;
  }

  /**
   * Adds a worksheet at `position` (default: the end), shifting later sheets' local names and the
   * active tab so every name keeps its sheet. Returns its position.
   */
  addSheet(sheet: NewSheetPart, position = this.sheetElements().length): number {
    this.changed = true;
    const part = this.freePart("xl/worksheets/sheet", ".xml");
    this.writeSheetPart(part, sheet);
    const [relationshipId] = addRelationships(this.pkg, this.workbookPart, [
      { type: REL.worksheet, targetPart: part },
    ]);
    const elements = this.sheetElements();
    const element = createLike(this.sheetsElement, "sheet");
    element.setAttribute("name", sheet.name);
    element.setAttribute(
      "sheetId",
      String(Math.max(0, ...elements.map((e) => Number(attr(e, "sheetId") ?? 0))) + 1),
    );
    if (sheet.state === "hidden") element.setAttribute("state", "hidden");
    element.setAttributeNS(
      this.relationshipsNamespace(),
      this.relationshipsPrefix() + ":id",
      relationshipId ?? "",
    );
    const at = Math.min(position, elements.length);
    this.sheetsElement.insertBefore(element, elements[at] ?? null);
    this.shiftSheetPositions(at, +1);
    return at;
  }

  /** Gives an existing sheet new content in place: same part name, position, sheetId and tab. */
  replaceSheet(index: number, sheet: NewSheetPart): void {
    this.changed = true;
    const part = this.partOf(index);
    const element = this.sheetElements()[index];
    if (part === null || !element) throw new RangeError(`sheet ${index} has no part`);
    this.removeDependents(part);
    this.writeSheetPart(part, sheet);
    if (sheet.state === "hidden") element.setAttribute("state", "hidden");
    else element.removeAttribute("state");
    this.setLocalNames(index, []);
  }

  /** Deletes a sheet with its part and the parts only it used; later positions shift down. */
  removeSheet(index: number): void {
    this.changed = true;
    const element = this.sheetElements()[index];
    if (!element) return;
    const part = this.partOf(index);
    const id = attr(element, "id") ?? "";
    this.setLocalNames(index, []);
    this.sheetsElement.removeChild(element);
    removeRelationships(this.pkg, this.workbookPart, new Set([id]));
    if (part !== null) {
      this.removeDependents(part);
      this.pkg.remove(part);
      this.removedParts.push(part);
    }
    this.shiftSheetPositions(index + 1, -1);
    // The calculation chain lists cells by sheet; Excel rebuilds it when it is missing.
    this.removeCalcChain();
  }

  /** Moves the sheet at `from` to `to` (at most the last); names and the active tab follow their sheets. */
  moveSheet(from: number, requested: number): void {
    const element = this.sheetElements()[from];
    const to = Math.min(requested, this.sheetElements().length - 1);
    if (!element || from === to) return;
    this.changed = true;
    this.sheetsElement.removeChild(element);
    this.sheetsElement.insertBefore(element, this.sheetElements()[to] ?? null);
    const [low, high, by] = from < to ? [from + 1, to, -1] : [to, from - 1, 1];
    this.remapSheetPositions(
      (at) => (at === from ? to : at >= low && at <= high ? at + by : at),
      ["activeTab"],
    );
    // The first tab shown stays at or before the active one.
    for (const view of this.bookViews())
      if (Number(attr(view, "firstSheet") ?? 0) > Number(attr(view, "activeTab") ?? 0))
        view.setAttribute("firstSheet", attr(view, "activeTab") ?? "0");
  }

  /** Replaces the names local to a sheet that this tool writes (print area and titles) by these. */
  setLocalNames(index: number, names: readonly LocalName[]): void {
    this.changed = true;
    const container = this.definedNamesElement();
    const replaced = new Set(names.map((n) => n.name.toLowerCase()));
    for (const element of childrenNamed(container, "definedName")) {
      if (attr(element, "localSheetId") !== String(index)) continue;
      const name = (attr(element, "name") ?? "").toLowerCase();
      // A deleted or regenerated sheet loses its print names; the user's own names on it stay.
      if (replaced.has(name) || names.length === 0) container.removeChild(element);
    }
    for (const { name, formula } of names) {
      const element = createLike(container, "definedName");
      element.setAttribute("name", name);
      element.setAttribute("localSheetId", String(index));
      element.appendChild(this.doc.createTextNode(formula));
      container.appendChild(element);
    }
    this.dropEmptyDefinedNames();
  }

  /** A workbook-level name (e.g. the tool's hidden workbook id), created or replaced. */
  setWorkbookName(name: string, formula: string, hidden: boolean): void {
    this.changed = true;
    const container = this.definedNamesElement();
    for (const element of childrenNamed(container, "definedName"))
      if (
        (attr(element, "name") ?? "").toLowerCase() === name.toLowerCase() &&
        attr(element, "localSheetId") === null
      )
        container.removeChild(element);
    const element = createLike(container, "definedName");
    element.setAttribute("name", name);
    if (hidden) element.setAttribute("hidden", "1");
    element.appendChild(this.doc.createTextNode(formula));
    container.insertBefore(element, container.firstChild);
  }

  /** Hides or shows sheets; the active tab moves to a visible sheet (Excel refuses a hidden one). */
  setStates(states: ReadonlyMap<number, "visible" | "hidden">): void {
    this.changed = true;
    this.sheetElements().forEach((element, i) => {
      const state = states.get(i);
      if (state === "hidden") element.setAttribute("state", "hidden");
      else if (state === "visible") element.removeAttribute("state");
    });
    const firstVisible = this.sheetElements().findIndex((e) => (attr(e, "state") ?? "visible") === "visible");
    for (const view of this.bookViews()) {
      const active = Number(attr(view, "activeTab") ?? 0);
      const activeElement = this.sheetElements()[active];
      if (firstVisible >= 0 && (!activeElement || attr(activeElement, "state") !== null)) {
        view.setAttribute("activeTab", String(firstVisible));
        view.setAttribute("firstSheet", String(firstVisible));
      }
    }
  }

  /** Writes the workbook part and content types, when anything was changed. */
  save(): void {
    if (!this.changed) return;
    this.pkg.write(this.workbookPart, serializeXml(this.doc));
    updateContentTypes(this.pkg, {
      overrides: this.overrides,
      removed: this.removedParts,
      defaults: this.defaults,
    });
  }

  private writeSheetPart(part: string, sheet: NewSheetPart): void {
    this.pkg.remove(relsPathOf(part));
    const relationshipIds = (sheet.tables ?? []).map((table) => this.addTable(part, table.xml));
    const images = sheet.images ?? [];
    const drawing =
      images.length > 0 ? writeDrawing(this.pkg, part, images, (p, s) => this.freePart(p, s)) : null;
    if (drawing) {
      this.overrides.push(...drawing.overrides);
      this.defaults.push(...drawing.defaults);
    }
    this.pkg.write(
      part,
      sheet.xml
        .replace(/\{\{table:(\d+)\}\}/gu, (_, i: string) => relationshipIds[Number(i)] ?? "")
        .replace("{{drawing}}", drawing?.relationshipId ?? ""),
    );
    this.overrides.push({ part, contentType: CONTENT_TYPE.worksheet });
  }

  /**
   * Adds a table part for a sheet (an id no table of the workbook uses) and links it from the
   * sheet's relationships; returns the relationship id the sheet's `tablePart` must name.
   */
  addTable(sheetPart: string, xml: (id: number) => string): string {
    this.changed = true;
    const tablePart = this.freePart("xl/tables/table", ".xml");
    this.pkg.write(tablePart, xml(this.nextTableId()));
    this.overrides.push({ part: tablePart, contentType: CONTENT_TYPE.table });
    const [relationshipId] = addRelationships(this.pkg, sheetPart, [
      { type: REL.table, targetPart: tablePart },
    ]);
    return relationshipId ?? "";
  }

  /** Removes a sheet's relationship part and the parts it points at that nothing else uses. */
  private removeDependents(part: string): void {
    const relationships = readRelationships(this.pkg, part).filter((r) => !r.external);
    this.pkg.remove(relsPathOf(part));
    for (const relationship of relationships) {
      if (this.isReferenced(relationship.target)) continue;
      if (isType(relationship, "drawing") || isType(relationship, "vmlDrawing"))
        this.removeDependents(relationship.target);
      this.pkg.remove(relationship.target);
      this.removedParts.push(relationship.target);
    }
  }

  private isReferenced(target: string): boolean {
    const wanted = target.toLowerCase();
    return this.pkg.paths().some((path) => {
      if (!path.endsWith(".rels")) return false;
      const source = path.replace(/_rels\/([^/]*)\.rels$/u, "$1");
      return readRelationships(this.pkg, source === "_rels/.rels" ? "" : source).some(
        (r) => r.target.toLowerCase() === wanted,
      );
    });
  }

  private removeCalcChain(): void {
    const relationships = readRelationships(this.pkg, this.workbookPart).filter((r) =>
      isType(r, "calcChain"),
    );
    if (relationships.length === 0) return;
    removeRelationships(this.pkg, this.workbookPart, new Set(relationships.map((r) => r.id)));
    for (const r of relationships) {
      this.pkg.remove(r.target);
      this.removedParts.push(r.target);
    }
  }

  private shiftSheetPositions(from: number, by: number): void {
    this.remapSheetPositions((at) => (at >= from && at + by >= 0 ? at + by : at));
  }

  /** Local names and the book view's tabs follow their sheets to the positions `to` gives them. */
  private remapSheetPositions(
    to: (position: number) => number,
    tabs: readonly ("activeTab" | "firstSheet")[] = ["activeTab", "firstSheet"],
  ): void {
    const container = childNamed(this.root, "definedNames");
    for (const element of container ? childrenNamed(container, "definedName") : []) {
      const local = attr(element, "localSheetId");
      if (local !== null) element.setAttribute("localSheetId", String(to(Number(local))));
    }
    for (const view of this.bookViews()) {
      for (const key of tabs) {
        const value = attr(view, key);
        if (value !== null) view.setAttribute(key, String(to(Number(value))));
      }
    }
  }

  private bookViews(): Element[] {
    const views = childNamed(this.root, "bookViews");
    return views ? childrenNamed(views, "workbookView") : [];
  }

  private definedNamesElement(): Element {
    const existing = childNamed(this.root, "definedNames");
    if (existing) return existing;
    const element = createLike(this.root, "definedNames");
    // By the schema definedNames follows sheets (and functionGroups/externalReferences).
    const after =
      childNamed(this.root, "externalReferences") ??
      childNamed(this.root, "functionGroups") ??
      this.sheetsElement;
    this.root.insertBefore(element, after.nextSibling);
    return element;
  }

  private dropEmptyDefinedNames(): void {
    const container = childNamed(this.root, "definedNames");
    if (container && childrenNamed(container, "definedName").length === 0) this.root.removeChild(container);
  }

  private nextTableId(): number {
    let max = 0;
    for (const path of this.pkg.paths()) {
      if (!/^xl\/tables\/[^/]+\.xml$/iu.test(path)) continue;
      const id = /<(?:\w+:)?table\b[^>]*\sid="(\d+)"/u.exec(this.pkg.text(path) ?? "")?.[1];
      if (id !== undefined) max = Math.max(max, Number(id));
    }
    this.reservedTableId = Math.max(this.reservedTableId, max) + 1;
    return this.reservedTableId;
  }

  private reservedTableId = 0;

  private readonly reservedParts = new Set<string>();

  /** A part name not in the package and not handed out before in this edit. */
  private freePart(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const candidate = `${prefix}${n}${suffix}`;
      if (this.pkg.has(candidate) || this.reservedParts.has(candidate.toLowerCase())) continue;
      this.reservedParts.add(candidate.toLowerCase());
      return candidate;
    }
  }

  private relationshipsNamespace(): string {
    return (
      this.root.lookupNamespaceURI("r") ??
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    );
  }

  private relationshipsPrefix(): string {
    const ns = this.relationshipsNamespace();
    return this.root.lookupPrefix(ns) ?? "r";
  }
}
