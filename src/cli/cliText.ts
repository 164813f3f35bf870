import type { Language } from "../messages/Language";
import type { Clash } from "./files/fileClash";

const TH = {
  usage: [
    "การใช้งาน: action-plan <คำสั่ง> [ตัวเลือก]",
    "",
    "คำสั่ง:",
    "  template OUT.xlsx                      สร้างสมุดงานแม่แบบเปล่า (ชีตและตารางสำหรับกรอกแผน)",
    "  validate IN.xlsx [--json]              ตรวจแผน; จบด้วยรหัส 1 เมื่อพบข้อผิดพลาด",
    "  summary IN.xlsx --json [--edition ฉบับ] สรุปยอดรวม (ทุกฉบับ เว้นแต่ระบุฉบับ)",
    "  build IN.xlsx -o OUT.xlsx [--pdf OUT.pdf] [--thai-digits] [--exclude-unbudgeted] [--consolidated]",
    "        [--font SarabunIT]               สร้างแบบ ผด.01 ผด.02 ผด.02/1 และประกาศ ของทุกฉบับ ลงในสำเนาสมุดงาน",
    "      --thai-digits                      ใช้เลขไทยในตาราง",
    "      --exclude-unbudgeted               ผด.01 ไม่รวมโครงการของหน่วยงานอื่นและโครงการที่ไม่ใช้งบประมาณ",
    "      --consolidated                     เพิ่มชุดฉบับรวม (ผด.01 ผด.02 ผด.02/1 ของทุกฉบับรวมกัน) เมื่อมีหลายฉบับ",
    "      --font SarabunPSK|SarabunIT        แบบอักษร TH SarabunPSK (ค่าเริ่มต้น) หรือ TH SarabunIT๙",
    "  import IN.xlsx -o OUT.xlsx [--sheet ชื่อชีต]",
    "                                         นำเข้าแบบ ผด.02 ที่ทำเอง ลงตารางแม่แบบของสำเนาสมุดงาน",
    "  demo [DIR]                             สร้างตัวอย่างครบทุกขั้นตอน (ค่าเริ่มต้น out/demo)",
    "  book IN.xlsx -o OUT.xlsx [--edition ฉบับ] [--pdf OUT.pdf] [--emblem ตรา.png] [--logo โลโก้.png]",
    "                                         สร้างแผนทั้งเล่มของฉบับหนึ่ง (ค่าเริ่มต้น หลัก): ปก ประกาศ คำนำ สารบัญ บทนำ และตาราง",
    "",
    "ตัวเลือกทั่วไป: --lang th|en  --help",
  ].join("\n"),
  unknownCommand: (c: string) => `ไม่รู้จักคำสั่ง "${c}" (ดู action-plan --help)`,
  noCommand: "ไม่ได้ระบุคำสั่ง (ดู action-plan --help)",
  badArgs: (detail: string) => `ตัวเลือกไม่ถูกต้อง: ${detail} (ดู action-plan --help)`,
  needInput: "ต้องระบุไฟล์ .xlsx ที่จะอ่าน",
  needOutput: "ต้องระบุไฟล์ผลลัพธ์ (.xlsx)",
  needBuildOutput: "ต้องระบุไฟล์ผลลัพธ์ด้วย -o OUT.xlsx",
  summaryNeedsJson: "คำสั่ง summary ต้องใช้ร่วมกับ --json",
  badLang: (v: string) => `ภาษา "${v}" ไม่รองรับ ใช้ th หรือ en`,
  fileNotFound: (p: string) => `ไม่พบไฟล์ ${p}`,
  notWorkbook: (p: string) => `ไฟล์ ${p} ไม่ใช่สมุดงาน Excel (.xlsx) หรือไฟล์เสียหาย`,
  unreadable: {
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
  wrongExtension: (p: string, wanted: string) =>
    `สมุดงานนี้${wanted === ".xlsm" ? "มีแมโคร" : "ไม่มีแมโคร"} ไฟล์ผลลัพธ์ต้องลงท้ายด้วย ${wanted} (Excel จะไม่เปิดไฟล์ที่นามสกุลไม่ตรงกับเนื้อไฟล์): ${p}`,
  outputExists: (p: string) => `มีไฟล์ ${p} อยู่แล้ว จะไม่เขียนทับ`,
  cannotWrite: (p: string, why: string) => `เขียนไฟล์ ${p} ไม่ได้: ${why} (ไฟล์เดิมชื่อนี้ ถ้ามี ยังเหมือนเดิม)`,
  cannotRead: (p: string, why: string) => `อ่านไฟล์ ${p} ไม่ได้: ${why}`,
  unknownEdition: (e: string, known: string) => `ไม่พบฉบับ "${e}" ในแผน (ฉบับที่มี: ${known})`,
  sheetTaken: (s: string) =>
    `มีชีต "${s}" ที่เครื่องมือนี้ยืนยันไม่ได้ว่าสร้างเอง (ชีตของผู้ใช้ หรือคัดลอกมาจากสมุดงานอื่น) จึงไม่สร้างตารางทับ ให้เปลี่ยนชื่อหรือลบชีตนั้นก่อน แล้วสร้างใหม่`,
  blocked: (n: number) => `ยังสร้างตารางไม่ได้: พบข้อผิดพลาด ${n} รายการ (แก้ไขแล้วลองใหม่)`,
  counts: (errors: number, warnings: number) => `ข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ`,
  noIssues: "ไม่พบปัญหา",
  error: "ข้อผิดพลาด",
  warning: "คำเตือน",
  templateWritten: (p: string) => `สร้างแม่แบบแล้ว: ${p}`,
  built: (p: string, sheets: string) => `สร้างตารางแล้ว: ${p} (ชีต ${sheets})`,
  removedSheets: (sheets: string) => `ลบชีตเก่าของฉบับที่ไม่มีในแผนแล้ว: ${sheets}`,
  pdfWritten: (p: string) => `สร้าง PDF แล้ว: ${p}`,
  pdfUnavailable: "ไม่พบ LibreOffice (soffice) จึงไม่ได้สร้าง PDF ติดตั้ง LibreOffice แล้วลองใหม่ หรือสั่งพิมพ์จาก Excel",
  pdfFailed: (why: string) => `สร้าง PDF ไม่สำเร็จ: ${why}`,
  demoInput: (p: string) => `แผนตัวอย่าง (แม่แบบที่กรอกแล้ว): ${p}`,
  demoOutput: (p: string) => `แผนตัวอย่างพร้อมแบบ ผด.: ${p}`,
  internal: (why: string) => `เกิดข้อผิดพลาดภายใน: ${why}`,
  total: "รวมทั้งสิ้น",
  projects: "โครงการ",
  baht: "บาท",
  equipment: "ครุภัณฑ์",
  items: "รายการ",
  needImportOutput: "ต้องระบุไฟล์ผลลัพธ์ด้วย -o OUT.xlsx",
  outputIsInput: (option: string, p: string, input: string, why: string) =>
    `${option} ${p} คือไฟล์ต้นฉบับ ${input} (${why}) จึงไม่ได้เขียนไฟล์ใด ไฟล์ต้นฉบับจะไม่ถูกเขียนทับ ให้ใช้ชื่อไฟล์อื่น`,
  outputsClash: (a: string, pa: string, b: string, pb: string, why: string) =>
    `${a} ${pa} และ ${b} ${pb} เป็นไฟล์เดียวกัน (${why}) จึงไม่ได้เขียนไฟล์ใด ให้ใช้ชื่อไฟล์ต่างกัน`,
  clashReason: {
    "same-path": "ชื่อและที่อยู่เดียวกัน",
    link: "ผ่านลิงก์สัญลักษณ์ (symbolic link)",
    "hard-link": "เป็นฮาร์ดลิงก์ (hard link) ของไฟล์เดียวกัน",
    case: "ชื่อต่างกันแค่ตัวพิมพ์เล็ก-ใหญ่ ซึ่งโฟลเดอร์นี้ถือว่าเป็นชื่อเดียวกัน",
  } as Record<Clash, string>,
  noSuchSheet: (s: string, known: string) => `ไม่พบชีต "${s}" (ชีตที่มี: ${known})`,
  noPd02Sheet: "ไม่พบชีตที่เป็นแบบ ผด.02 ให้ระบุชื่อชีตด้วย --sheet",
  importRefused: (s: string) => `นำเข้าชีต "${s}" ไม่ได้ จึงไม่ได้เขียนไฟล์`,
  projectsNotEmpty:
    "ตารางโครงการ (Projects) ในสมุดงานนี้มีข้อมูลอยู่แล้ว จึงไม่นำเข้าซ้ำ ให้ล้างตารางนั้นก่อน หรือนำเข้าจากสมุดงานที่ยังไม่มีโครงการ",
  imported: (s: string, projects: number, strategies: number, p: string) =>
    `นำเข้าจากชีต "${s}": โครงการ ${projects} รายการ ยุทธศาสตร์ ${strategies} รายการ → ${p}`,
  settingsWritten: (labels: string) => `ตั้งค่าจากหัวกระดาษ: ${labels}`,
  settingsMissing: "ไม่พบชื่อองค์กรในหัวกระดาษ ให้กรอกในชีต ตั้งค่า (คำสั่ง validate จะเตือน)",
  skippedRows: (reason: string, cells: string) => `ข้ามแถว (${reason}): ${cells}`,
  nextSteps: (p: string) => `ตรวจต่อด้วย: action-plan validate ${p}`,
  badFont: (v: string) => `ไม่รู้จักแบบอักษร "${v}" ใช้ SarabunPSK หรือ SarabunIT`,
  summaryWithErrors: (n: number) =>
    `คำเตือน: แผนมีข้อผิดพลาด ${n} รายการ ยอดรวมนับเฉพาะแถวที่อ่านได้ครบ (ดูรายการด้วยคำสั่ง validate)`,
  staleSheets: (sheets: string) => `คำเตือน: ตารางที่สร้างไว้ไม่ตรงกับข้อมูลปัจจุบัน (${sheets}) ให้สร้างใหม่ด้วยคำสั่ง build`,
  bookBuilt: (p: string, sheets: string) => `สร้างแผนทั้งเล่มแล้ว: ${p} (ชีต ${sheets})`,
  bookPicture: (note: "emblem-unreadable" | "logo-unreadable" | "images-unsupported") =>
    ({
      "emblem-unreadable": "คำเตือน: อ่านรูปตราครุฑไม่ได้ (ใช้ไฟล์ PNG หรือ JPEG) จึงเว้นที่ว่างไว้ให้วางรูปเอง",
      "logo-unreadable": "คำเตือน: อ่านรูปตราสัญลักษณ์ไม่ได้ (ใช้ไฟล์ PNG หรือ JPEG) จึงเว้นที่ว่างไว้ให้วางรูปเอง",
      "images-unsupported": "คำเตือน: โปรแกรมนี้วางรูปลงชีตไม่ได้ จึงเว้นที่ว่างไว้ให้วางรูปตราเอง",
    })[note],
  unreadableFile: (p: string) => `อ่านไฟล์ "${p}" ไม่ได้`,
};

export type CliText = typeof TH;

const EN: CliText = {
  usage: [
    "Usage: action-plan <command> [options]",
    "",
    "Commands:",
    "  template OUT.xlsx                      write a blank template workbook (input sheets and tables)",
    "  validate IN.xlsx [--json]              check the plan; exit code 1 when there is an error",
    "  summary IN.xlsx --json [--edition CODE] roll-ups (all editions unless one is named)",
    "  build IN.xlsx -o OUT.xlsx [--pdf OUT.pdf] [--thai-digits] [--exclude-unbudgeted] [--consolidated]",
    "        [--font SarabunIT]               add ผด.01, ผด.02, ผด.02/1 and the notice of every edition to a copy",
    "      --thai-digits                      Thai digits in the tables",
    "      --exclude-unbudgeted               ผด.01 leaves out other agencies' and no-budget projects",
    "      --consolidated                     add the consolidated set (ผด.01, ผด.02, ผด.02/1 of all editions together)",
    "      --font SarabunPSK|SarabunIT        TH SarabunPSK (default) or TH SarabunIT๙",
    "  import IN.xlsx -o OUT.xlsx [--sheet NAME]",
    "                                         import a hand-made ผด.02 into the template tables of a copy",
    "  demo [DIR]                             the sample plan end to end (default out/demo)",
    "  book IN.xlsx -o OUT.xlsx [--edition CODE] [--pdf OUT.pdf] [--emblem FILE.png] [--logo FILE.png]",
    "                                         the whole plan book of one edition (default หลัก): cover, notice, preface, contents, introduction, tables",
    "",
    "Common options: --lang th|en  --help",
  ].join("\n"),
  unknownCommand: (c) => `Unknown command "${c}" (see action-plan --help)`,
  noCommand: "No command given (see action-plan --help)",
  badArgs: (detail) => `Invalid arguments: ${detail} (see action-plan --help)`,
  needInput: "Name the .xlsx file to read",
  needOutput: "Name the output file (.xlsx)",
  needBuildOutput: "Name the output file with -o OUT.xlsx",
  summaryNeedsJson: "summary needs --json",
  badLang: (v) => `Language "${v}" is not supported; use th or en`,
  fileNotFound: (p) => `File not found: ${p}`,
  notWorkbook: (p) => `${p} is not an Excel workbook (.xlsx) or is damaged`,
  unreadable: {
    encrypted: (p) =>
      `${p} is protected with a password to open, so it cannot be read: open it in Excel, remove the password (File > Info > Protect Workbook), save a copy and use that`,
    xls: (p) =>
      `${p} is in the Excel 97–2003 format (.xls): open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)" first`,
    ods: (p) =>
      `${p} is an OpenDocument spreadsheet (.ods): in LibreOffice choose Save As > "Excel 2007-365 (.xlsx)" first`,
    xlsb: (p) =>
      `${p} is a binary workbook (.xlsb): open it in Excel and save it as "Excel Workbook (.xlsx)" first`,
    strict: (p) =>
      `${p} was saved as "Strict Open XML": open it in Excel and save it as a normal "Excel Workbook (.xlsx)" first`,
    "not-workbook": (p) =>
      `${p} is not an Excel workbook: use an .xlsx (or .xlsm) file saved by Excel or LibreOffice`,
    damaged: (p) =>
      `${p} is damaged and cannot be read: open it in Excel (which may repair it) and save it again, or use an earlier copy`,
    empty: (p) => `${p} is empty (0 bytes): saving it may have failed; use an earlier copy`,
  },
  wrongExtension: (p, wanted) =>
    `This workbook ${wanted === ".xlsm" ? "has macros" : "has no macros"}, so the output must end in ${wanted} (Excel refuses a file whose extension does not match its content): ${p}`,
  outputExists: (p) => `${p} already exists; not overwriting it`,
  cannotWrite: (p, why) => `Cannot write ${p}: ${why} (a file already there is unchanged)`,
  cannotRead: (p, why) => `Cannot read ${p}: ${why}`,
  unknownEdition: (e, known) => `Edition "${e}" is not in the plan (editions: ${known})`,
  sheetTaken: (s) =>
    `A sheet named "${s}" exists that this tool cannot confirm it made (your own sheet, or one copied from another workbook), so the tables were not written: rename or delete that sheet, then build again`,
  blocked: (n) => `Cannot build the tables: ${n} error(s) found (fix them and try again)`,
  counts: (errors, warnings) => `${errors} error(s), ${warnings} warning(s)`,
  noIssues: "No problems found",
  error: "error",
  warning: "warning",
  templateWritten: (p) => `Template written: ${p}`,
  built: (p, sheets) => `Tables built: ${p} (sheets ${sheets})`,
  removedSheets: (sheets) => `Removed the old sheets of editions no longer in the plan: ${sheets}`,
  pdfWritten: (p) => `PDF written: ${p}`,
  pdfUnavailable:
    "LibreOffice (soffice) was not found, so no PDF was made. Install LibreOffice or print from Excel",
  pdfFailed: (why) => `PDF conversion failed: ${why}`,
  demoInput: (p) => `Sample plan (filled template): ${p}`,
  demoOutput: (p) => `Sample plan with the official tables: ${p}`,
  internal: (why) => `Internal error: ${why}`,
  total: "Total",
  projects: "projects",
  baht: "baht",
  equipment: "Equipment",
  items: "items",
  needImportOutput: "Name the output file with -o OUT.xlsx",
  outputIsInput: (option, p, input, why) =>
    `${option} ${p} is the input file ${input} (${why}); nothing was written: the input is never written over, name another file`,
  outputsClash: (a, pa, b, pb, why) =>
    `${a} ${pa} and ${b} ${pb} are one file (${why}); nothing was written: give them different names`,
  clashReason: {
    "same-path": "the same path",
    link: "through a symbolic link",
    "hard-link": "a hard link to the same file",
    case: "the names differ only in letter case, which this folder ignores",
  },
  noSuchSheet: (s, known) => `No sheet named "${s}" (sheets: ${known})`,
  noPd02Sheet: "No sheet looks like a ผด.02; name one with --sheet",
  importRefused: (s) => `Sheet "${s}" cannot be imported; nothing was written`,
  projectsNotEmpty:
    "The Projects table of this workbook already has rows, so nothing was imported. Clear that table first or import from a workbook without projects",
  imported: (s, projects, strategies, p) =>
    `Imported from sheet "${s}": ${projects} project(s), ${strategies} strateg(ies) → ${p}`,
  settingsWritten: (labels) => `Settings from the title: ${labels}`,
  settingsMissing:
    "No organisation name found in the title; fill it in on the ตั้งค่า sheet (validate will warn)",
  skippedRows: (reason, cells) => `Rows skipped (${reason}): ${cells}`,
  nextSteps: (p) => `Next: action-plan validate ${p}`,
  badFont: (v) => `Unknown font "${v}"; use SarabunPSK or SarabunIT`,
  summaryWithErrors: (n) =>
    `Warning: the plan has ${n} error(s); the totals count only the rows that could be read (see validate)`,
  staleSheets: (sheets) =>
    `warning: the generated tables do not match the current data (${sheets}); build them again`,
  bookBuilt: (p, sheets) => `Plan book built: ${p} (sheets ${sheets})`,
  bookPicture: (note) =>
    ({
      "emblem-unreadable":
        "Warning: the emblem picture cannot be read (use PNG or JPEG); its room is left empty to paste it by hand",
      "logo-unreadable":
        "Warning: the logo picture cannot be read (use PNG or JPEG); its room is left empty to paste it by hand",
      "images-unsupported":
        "Warning: this host cannot place pictures; their room is left empty to paste them by hand",
    })[note],
  unreadableFile: (p) => `Cannot read the file "${p}"`,
};

export function cliText(lang: Language): CliText {
  return lang === "en" ? EN : TH;
}
