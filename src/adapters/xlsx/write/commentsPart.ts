import { toA1 } from "../../../domain/grid/a1";
import {
  attr,
  childNamed,
  childrenNamed,
  createLike,
  NS,
  parseXml,
  rootOf,
  serializeXml,
  type Document,
  type Element,
} from "../package/xml";

/** The author the notes are signed with (Excel shows it in the note's status line). */
export const NOTE_AUTHOR = "แผนการดำเนินงาน";

export interface CellNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

/**
 * A sheet's comments part (the text of its notes) with notes added. A cell that already has a note
 * keeps it: the new text follows it on a new line. Everything else in the part stays as it was.
 * @returns the part's new XML and the notes that are new (those need a shape in the legacy drawing)
 */
export function withNotes(
  part: string,
  xml: string | null,
  notes: readonly CellNote[],
): { readonly xml: string; readonly added: readonly CellNote[] } {
  const doc = parseXml(xml ?? `<comments xmlns="${NS.main}"><authors/><commentList/></comments>`, part);
  const root = rootOf(doc);
  const authors = childNamed(root, "authors") ?? prepend(root, "authors");
  const commentList = childNamed(root, "commentList") ?? append(root, "commentList");
  const authorId = authorIndex(doc, authors);
  const existing = new Map(
    childrenNamed(commentList, "comment").map((c) => [(attr(c, "ref") ?? "").toUpperCase(), c]),
  );
  const added: CellNote[] = [];
  for (const note of notes) {
    const ref = toA1(note.row, note.column);
    const current = existing.get(ref);
    if (current) {
      const text = childNamed(current, "text") ?? append(current, "text");
      asRuns(text);
      appendRun(doc, text, `\n${note.text}`);
      continue;
    }
    const comment = createLike(commentList, "comment");
    comment.setAttribute("ref", ref);
    comment.setAttribute("authorId", String(authorId));
    appendRun(doc, append(comment, "text"), note.text);
    commentList.appendChild(comment);
    existing.set(ref, comment);
    added.push(note);
  }
  return { xml: serializeXml(doc), added };
}

function prepend(parent: Element, localName: string): Element {
  const element = createLike(parent, localName);
  parent.insertBefore(element, parent.firstChild);
  return element;
}

function append(parent: Element, localName: string): Element {
  const element = createLike(parent, localName);
  parent.appendChild(element);
  return element;
}

function authorIndex(doc: Document, authors: Element): number {
  const names = childrenNamed(authors, "author").map((a) => a.textContent ?? "");
  const known = names.indexOf(NOTE_AUTHOR);
  if (known >= 0) return known;
  const author = createLike(authors, "author");
  author.appendChild(doc.createTextNode(NOTE_AUTHOR));
  authors.appendChild(author);
  return names.length;
}

/**
 * A note's plain text (a bare <t>, as openpyxl writes it) as a run of its own, so that runs can follow
 * it: the schema allows both, but a reader may take the bare text or the runs, not both.
 */
function asRuns(text: Element): void {
  const plain = childNamed(text, "t");
  if (!plain) return;
  const run = createLike(text, "r");
  text.insertBefore(run, plain);
  text.removeChild(plain);
  run.appendChild(plain);
}

/** A run of text in the font Excel gives notes (Tahoma has Thai letters on every Windows). */
function appendRun(doc: Document, text: Element, value: string): void {
  const run = createLike(text, "r");
  const properties = createLike(run, "rPr");
  for (const [name, val] of [
    ["sz", "10"],
    ["rFont", "Tahoma"],
    ["family", "2"],
  ] as const) {
    const element = createLike(properties, name);
    element.setAttribute("val", val);
    properties.appendChild(element);
  }
  const t = createLike(run, "t");
  t.setAttribute("xml:space", "preserve");
  t.appendChild(doc.createTextNode(value));
  run.appendChild(properties);
  run.appendChild(t);
  text.appendChild(run);
}
