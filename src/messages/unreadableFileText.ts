import type { Language } from "./Language";

/**
 * Why a file cannot be read as a workbook (the file adapter's reasons): encrypted, the old .xls, an
 * OpenDocument .ods, a binary .xlsb, "Strict Open XML", another kind of file, damaged, or empty.
 */
export type UnreadableFileReason =
  "encrypted" | "xls" | "ods" | "xlsb" | "strict" | "not-workbook" | "damaged" | "empty";

type UnreadableTexts = Readonly<Record<UnreadableFileReason, (file: string) => string>>;

/** What each kind of unreadable file is and what to do, naming the file: the command line and the offline page. */
export const UNREADABLE_FILE_TEXT: Readonly<Record<Language, UnreadableTexts>> = {
  th: {
    encrypted: (p: string) =>
      `ไฟล์ ${p} ตั้งรหัสผ่านสำหรับเปิดไว้ จึงอ่านไม่ได้: เปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันสมุดงาน) บันทึกเป็นสำเนา แล้วใช้สำเนานั้น`,
    xls: (p: string) =>
      `ไฟล์ ${p} เป็นรูปแบบ Excel 97–2003 (.xls): เปิดใน Excel หรือ LibreOffice แล้วบันทึกเป็น "สมุดงาน Excel (.xlsx)" ก่อน`,
    ods: (p: string) =>
      `ไฟล์ ${p} เป็นรูปแบบ OpenDocument (.ods) ของ LibreOffice: ใน LibreOffice เลือก บันทึกเป็น > "Excel 2007-365 (.xlsx)" ก่อน`,
    xlsb: (p: string) =>
      `ไฟล์ ${p} เป็นสมุดงานแบบไบนารี (.xlsb): เปิดใน Excel แล้วบันทึกเป็น "สมุดงาน Excel (.xlsx)" ก่อน`,
    strict: (p: string) =>
      `ไฟล์ ${p} บันทึกแบบ "Strict Open XML": เปิดใน Excel แล้วบันทึกเป็น "สมุดงาน Excel (.xlsx)" แบบปกติก่อน`,
    "not-workbook": (p: string) =>
      `ไฟล์ ${p} ไม่ใช่สมุดงาน Excel: ใช้ไฟล์ .xlsx (หรือ .xlsm) ที่บันทึกจาก Excel หรือ LibreOffice`,
    damaged: (p: string) =>
      `ไฟล์ ${p} เสียหาย อ่านไม่ได้: ลองเปิดใน Excel (ซึ่งอาจซ่อมให้ได้) แล้วบันทึกใหม่ หรือใช้สำเนาก่อนหน้า`,
    empty: (p: string) => `ไฟล์ ${p} ว่างเปล่า (0 ไบต์): อาจบันทึกไม่สำเร็จ ให้ใช้สำเนาก่อนหน้า`,
  },
  en: {
    encrypted: (p: string) =>
      `${p} is protected with a password to open, so it cannot be read: open it in Excel, remove the password (File > Info > Protect Workbook), save a copy and use that`,
    xls: (p: string) =>
      `${p} is in the Excel 97–2003 format (.xls): open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)" first`,
    ods: (p: string) =>
      `${p} is an OpenDocument spreadsheet (.ods): in LibreOffice choose Save As > "Excel 2007-365 (.xlsx)" first`,
    xlsb: (p: string) =>
      `${p} is a binary workbook (.xlsb): open it in Excel and save it as "Excel Workbook (.xlsx)" first`,
    strict: (p: string) =>
      `${p} was saved as "Strict Open XML": open it in Excel and save it as a normal "Excel Workbook (.xlsx)" first`,
    "not-workbook": (p: string) =>
      `${p} is not an Excel workbook: use an .xlsx (or .xlsm) file saved by Excel or LibreOffice`,
    damaged: (p: string) =>
      `${p} is damaged and cannot be read: open it in Excel (which may repair it) and save it again, or use an earlier copy`,
    empty: (p: string) => `${p} is empty (0 bytes): saving it may have failed; use an earlier copy`,
  },
};
