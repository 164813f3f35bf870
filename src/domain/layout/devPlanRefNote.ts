import type { DevPlanRef } from "../model/plan";

/**
 * The line under a project's name in ผด.02 that names where it comes from in the development plan, as
 * staff write it by hand: "(แผนพัฒนาท้องถิ่น 2566–2570 หน้า 45 ลำดับที่ 3)". A note line, not a
 * column: the form's columns are fixed by the ministry's template, and reviewers look for the
 * reference beside the project's name.
 * @example devPlanRefNote({ edition: "2566–2570", page: 45, item: 3 }) //=> "(แผนพัฒนาท้องถิ่น 2566–2570 หน้า 45 ลำดับที่ 3)"
 */
export function devPlanRefNote(ref: DevPlanRef): string {
  const book = ref.edition.trim();
  return `(แผนพัฒนาท้องถิ่น${book === "" ? "" : ` ${book}`} หน้า ${ref.page} ลำดับที่ ${ref.item})`;
}

/** A project's name as ผด.02 prints it: with the reference note on its own line when it has one. */
export function nameWithDevPlanRef(name: string, ref: DevPlanRef | undefined): string {
  return ref ? `${name}\n${devPlanRefNote(ref)}` : name;
}
