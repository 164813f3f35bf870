import type { Language } from "../../messages/Language";
import { UNREADABLE_FILE_TEXT } from "../../messages/unreadableFileText";
import { STRINGS } from "../../taskpane/i18n/strings";
import type { Strings } from "../../taskpane/i18n/th";

const MB = 1_048_576;
const megabytes = (bytes: number): string => (bytes / MB).toFixed(1);
/** A file's size as people read it: "84 KB", "12.3 MB". */
const fileSize = (bytes: number): string =>
  bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${megabytes(bytes)} MB`;

/** Text of the offline page itself (Thai; `en` has the same keys). */
const th = {
  title: "แผนการดำเนินงาน — ใช้งานโดยไม่ต้องติดตั้ง",
  intro:
    "หน้านี้ทำงานบนเครื่องของคุณทั้งหมด ไม่ต้องติดตั้ง ไม่ต้องต่ออินเทอร์เน็ต และไม่ส่งไฟล์ไปที่ใด ใช้กับไฟล์ .xlsx จาก Excel ทุกรุ่น LibreOffice หรือ WPS ได้",
  open: {
    heading: "ไฟล์สมุดงาน",
    drop: "ลากไฟล์ .xlsx มาวางที่นี่ หรือคลิกเพื่อเลือกไฟล์",
    change: "เลือกไฟล์อื่น หรือลากไฟล์มาวางที่นี่",
    reading: (done: number, total: number) => `กำลังอ่านไฟล์ ${megabytes(done)} / ${megabytes(total)} MB`,
    opening: "กำลังเปิดสมุดงาน…",
    readingTables: "กำลังอ่านตารางในสมุดงาน…",
    checking: "กำลังตรวจ…",
    opened: (name: string, bytes: number) => `เปิดไฟล์ ${name} (${fileSize(bytes)})`,
    failed: "เปิดไฟล์ไม่สำเร็จ",
    oneFile: "วางได้ครั้งละหนึ่งไฟล์: เปิดไฟล์แรกที่วาง",
    macro: "ไฟล์นี้มีแมโคร: สำเนาที่ดาวน์โหลดเป็น .xlsm และแมโครอยู่ครบ",
    strict:
      'ไฟล์นี้บันทึกแบบ "Strict Open XML" ซึ่งเพิ่มชีตลงไปไม่ได้: แบบ ผด. จะดาวน์โหลดเป็นสมุดงานใหม่ที่มีเฉพาะตาราง สำเนาที่เพิ่มแม่แบบหรือทำเครื่องหมาย ต้องบันทึกเป็น "สมุดงาน Excel (.xlsx)" แบบปกติก่อน',
    needFile: "เปิดไฟล์สมุดงานด้านบนก่อน แล้วขั้นที่ 2–5 จะใช้ได้",
    workerFailed: "เบราว์เซอร์นี้เริ่มงานเบื้องหลังของหน้านี้ไม่ได้: เปิดหน้านี้ด้วย Google Chrome หรือ Microsoft Edge รุ่นปัจจุบัน",
  },
  template: {
    blankIntro: "ยังไม่มีไฟล์? ดาวน์โหลดสมุดงานแม่แบบเปล่า กรอกใน Excel หรือ LibreOffice แล้วเลือกไฟล์นั้นที่นี่",
    blank: "ดาวน์โหลดแม่แบบเปล่า",
    blankFailed: "ทำแม่แบบเปล่าไม่สำเร็จ",
  },
  downloaded: (name: string) => `ดาวน์โหลดแล้ว: ${name} (อยู่ในโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์)`,
  tablesOnly:
    'ไฟล์ที่เปิด (Strict Open XML) เพิ่มชีตลงไปไม่ได้ จึงดาวน์โหลดเป็นสมุดงานใหม่ที่มีเฉพาะแบบ ผด. ชีตเดิมของคุณไม่อยู่ในไฟล์นี้ บันทึกไฟล์เป็น "สมุดงาน Excel (.xlsx)" แบบปกติแล้วจัดทำใหม่ เพื่อให้ได้สำเนาที่มีทุกชีต',
  unmarked: (count: number) =>
    `${count} รายการเกี่ยวกับทั้งสมุดงาน ไม่ได้ชี้ที่เซลล์ใด จึงไม่ได้ทำเครื่องหมายในสำเนา ดูในรายการด้านบน`,
  book: {
    title: "เล่มแผนทั้งเล่ม",
    intro: "ปก ประกาศ คำนำ สารบัญ บทนำ และแบบ ผด. ของฉบับที่เลือก เรียงเลขหน้าต่อกันทั้งเล่ม ในสำเนาของไฟล์นี้",
    run: (edition: string) => `ดาวน์โหลดเล่มแผน (${edition})`,
    running: "กำลังจัดทำเล่มแผน…",
    done: "ดาวน์โหลดเล่มแผนแล้ว ชีตที่เพิ่ม:",
    blocked: "ยังจัดทำเล่มแผนไม่ได้ ต้องแก้ข้อผิดพลาดเหล่านี้ก่อน (ไม่ได้สร้างไฟล์)",
    unavailable: "เล่มแผนทั้งเล่มยังไม่มีในหน้านี้รุ่นนี้: ใช้แบบ ผด. ด้านบนไปก่อน",
    failed: "จัดทำเล่มแผนไม่สำเร็จ",
    issuesIn: "ที่ต้องแก้ก่อนจัดทำเล่มแผน",
  },
  names: {
    blank: "แม่แบบแผนการดำเนินงาน",
    template: "เพิ่มแม่แบบ",
    imported: "นำเข้า ผด.02",
    marked: "ตรวจสอบแล้ว",
    tables: "แบบ ผด. พร้อมพิมพ์",
    tablesOnly: "แบบ ผด. เฉพาะตาราง",
    reports: "รายงานผลการติดตาม",
    reportsOnly: "รายงานผลการติดตาม เฉพาะรายงาน",
    book: "เล่มแผน",
  },
  footer: "ข้อมูลทั้งหมดอยู่บนเครื่องนี้: หน้านี้ไม่เชื่อมต่ออินเทอร์เน็ต",
  unreadable: UNREADABLE_FILE_TEXT.th,
};

export type PageText = typeof th;

const en: PageText = {
  title: "Operational plan — use without installing",
  intro:
    "This page works entirely on your computer: nothing to install, no internet needed, and the file is sent nowhere. It takes .xlsx files from any Excel, LibreOffice or WPS.",
  open: {
    heading: "Workbook file",
    drop: "Drop an .xlsx file here, or click to choose one",
    change: "Choose another file, or drop one here",
    reading: (done, total) => `Reading the file: ${megabytes(done)} of ${megabytes(total)} MB`,
    opening: "Opening the workbook…",
    readingTables: "Reading the workbook's tables…",
    checking: "Checking…",
    opened: (name, bytes) => `Opened ${name} (${fileSize(bytes)})`,
    failed: "Could not open the file",
    oneFile: "One file at a time: the first file dropped is opened",
    macro: "This file has macros: the copies you download are .xlsm, macros included",
    strict:
      'This file was saved as "Strict Open XML", which cannot take new sheets: the ผด. tables download as a new workbook of the tables only. For a copy with the template or the marks, save it as a normal "Excel Workbook (.xlsx)" first.',
    needFile: "Open a workbook file above first; steps 2–5 then work on it",
    workerFailed:
      "This browser could not start the page's background work: open this page in a current Google Chrome or Microsoft Edge",
  },
  template: {
    blankIntro:
      "No file yet? Download a blank template workbook, fill it in with Excel or LibreOffice, then choose that file here.",
    blank: "Download a blank template",
    blankFailed: "Could not make the blank template",
  },
  downloaded: (name) => `Downloaded: ${name} (in your browser's downloads folder)`,
  tablesOnly:
    'The file you opened (Strict Open XML) cannot take new sheets, so this download is a new workbook with the ผด. tables only: your own sheets are not in it. Save the file as a normal "Excel Workbook (.xlsx)" and build again for a copy with every sheet.',
  unmarked: (count) =>
    `${count} issue(s) are about the whole workbook, not one cell, so the copy does not mark them: see them in the list above`,
  book: {
    title: "The whole plan book",
    intro:
      "Cover, notice, foreword, contents, introduction and the ผด. tables of the chosen edition, paged through as one book, in a copy of this file.",
    run: (edition) => `Download the plan book (${edition})`,
    running: "Making the plan book…",
    done: "Plan book downloaded. Sheets added:",
    blocked: "The plan book cannot be made until these errors are fixed (no file was made)",
    unavailable:
      "The whole plan book is not in this version of the page yet: use the ผด. tables above for now",
    failed: "Could not make the plan book",
    issuesIn: "to fix before the plan book",
  },
  names: {
    blank: "operational-plan-template",
    template: "with template",
    imported: "imported ผด.02",
    marked: "checked",
    tables: "ผด. tables",
    tablesOnly: "ผด. tables only",
    reports: "follow-up reports",
    reportsOnly: "follow-up reports only",
    book: "plan book",
  },
  footer: "Everything stays on this computer: this page does not connect to the internet",
  unreadable: UNREADABLE_FILE_TEXT.en,
};

export const PAGE_TEXT: Readonly<Record<Language, PageText>> = { th, en };

/**
 * The task pane's strings where the page says something else: here every change is a download of a
 * copy of the user's file, and the user fixes their data in their own spreadsheet program.
 */
function forThePage(strings: Strings, language: Language): Strings {
  const thai = language === "th";
  return {
    ...strings,
    header: {
      ...strings.header,
      refresh: thai
        ? "เลือกไฟล์อีกครั้ง (หลังแก้ไขในโปรแกรมตารางคำนวณ)"
        : "Choose the file again (after editing it)",
    },
    template: {
      ...strings.template,
      intro: thai
        ? "ไฟล์นี้ยังไม่มีชีตสำหรับกรอกข้อมูล: ดาวน์โหลดสำเนาที่เพิ่มชีตแม่แบบ (ตั้งค่า ยุทธศาสตร์ โครงการ ครุภัณฑ์ ฉบับ) แล้วกรอกในสำเนานั้น ชีตเดิมของคุณอยู่ครบ"
        : "This file has no input sheets yet: download a copy with the template sheets added (settings, strategies, projects, equipment, editions) and fill that in. Your own sheets stay as they are.",
      found: thai ? "พบแม่แบบในไฟล์นี้แล้ว" : "The template is in this file",
      insert: thai ? "ดาวน์โหลดสำเนาที่เพิ่มแม่แบบ" : "Download a copy with the template",
      insertMissing: thai ? "ดาวน์โหลดสำเนาที่เพิ่มตารางที่ยังไม่มี" : "Download a copy with the missing tables",
      inserting: thai ? "กำลังทำสำเนา…" : "Making the copy…",
      created: thai ? "สำเนาที่ดาวน์โหลดมีตารางใหม่:" : "The downloaded copy has new tables:",
      failed: thai ? "ทำสำเนาที่เพิ่มแม่แบบไม่สำเร็จ" : "Could not make the copy with the template",
    },
    import: {
      ...strings.import,
      intro: thai
        ? "มีแบบ ผด.02 ที่ทำเองอยู่ในไฟล์นี้? นำเข้าแล้วดาวน์โหลดสำเนาที่คัดลอกข้อมูลลงตารางแม่แบบ แผ่นงานเดิมไม่ถูกแก้ไข"
        : "Is there a hand-made ผด.02 in this file? Import it and download a copy with its data in the template tables; the sheet itself is not changed.",
      run: thai ? "นำเข้า ผด.02 และดาวน์โหลดสำเนา" : "Import the ผด.02 and download the copy",
      noSheet: thai ? "ไม่พบแผ่นงานแบบ ผด.02 ในไฟล์นี้" : "No ผด.02 sheet was found in this file",
      next: thai
        ? "ขั้นต่อไป: เปิดสำเนาที่ดาวน์โหลด ตรวจดู แล้วเลือกไฟล์นั้นที่นี่"
        : "Next: open the downloaded copy, look it over, then choose that file here",
    },
    validate: {
      ...strings.validate,
      intro: thai
        ? "ตรวจข้อมูลในไฟล์นี้โดยไม่แก้ไขไฟล์ แก้ข้อมูลในโปรแกรมตารางคำนวณของคุณ แล้วเลือกไฟล์อีกครั้งเพื่อตรวจใหม่"
        : "Checks the data in this file without changing it. Fix the data in your spreadsheet program, then choose the file again to check it again.",
      highlight: thai
        ? "ดาวน์โหลดสำเนาที่ทำเครื่องหมายเซลล์ที่มีปัญหา"
        : "Download a copy with the problem cells marked",
      highlighted: thai
        ? "ดาวน์โหลดสำเนาแล้ว: เซลล์ที่มีปัญหาระบายสีไว้ และมีข้อความในบันทึกย่อของเซลล์"
        : "Copy downloaded: each problem cell is filled and has the message as its note",
      highlightFailed: thai ? "ทำสำเนาที่ทำเครื่องหมายไม่สำเร็จ" : "Could not make the marked copy",
    },
    build: {
      ...strings.build,
      intro: thai
        ? "สร้างแบบ ผด.01 ผด.02 ผด.02/1 และประกาศ ในสำเนาของไฟล์นี้ แล้วดาวน์โหลด ชีตของคุณอยู่ครบทุกชีต"
        : "Builds ผด.01, ผด.02, ผด.02/1 and the notice into a copy of this file and downloads it. All your sheets stay in it.",
      run: thai ? "สร้างแบบ ผด. และดาวน์โหลด" : "Build the ผด. tables and download",
      writing: (sheets) =>
        thai ? `กำลังเขียน ${sheets} ชีตลงในสำเนา…` : `Writing ${sheets} sheet(s) into the copy…`,
      done: thai ? "ดาวน์โหลดแล้ว ชีตที่เพิ่ม:" : "Downloaded. Sheets added:",
      next: thai
        ? "ขั้นต่อไป: เปิดไฟล์ที่ดาวน์โหลดใน Excel หรือ LibreOffice ตรวจดูแต่ละชีต แล้วพิมพ์ (กระดาษ A4 ตั้งค่าไว้แล้ว)"
        : "Next: open the downloaded file in Excel or LibreOffice, look over each sheet, then print (A4 is set up)",
      blocked: thai
        ? "ยังจัดทำไม่ได้ ต้องแก้ข้อผิดพลาดเหล่านี้ก่อน (ไม่ได้สร้างไฟล์)"
        : "The tables cannot be built until these errors are fixed (no file was made)",
    },
    timeline: {
      ...strings.timeline,
      stale: thai
        ? "แบบ ผด. ที่อยู่ในไฟล์นี้สร้างจากข้อมูลก่อนแก้ไขครั้งล่าสุด กรุณาจัดทำใหม่"
        : "The ผด. tables in this file were built before the data was last changed: build them again",
      unavailable: thai
        ? "ยังไม่มีข้อมูลกำหนดเวลา กรอกวันที่ในตาราง Editions (ชีต ฉบับ) แล้วเลือกไฟล์อีกครั้ง"
        : "No dates yet: fill in the Editions table (sheet ฉบับ), then choose the file again",
    },
    errors: {
      ...strings.errors,
      sheetTaken: (sheet) =>
        thai
          ? `มีชีตชื่อ "${sheet}" ที่คุณสร้างเองอยู่แล้ว จึงไม่เขียนทับ`
          : `A sheet named "${sheet}" that you made is already there, so it was not overwritten`,
      sheetTakenNext: thai
        ? "เปลี่ยนชื่อหรือลบชีตนั้นในไฟล์ของคุณ แล้วเลือกไฟล์อีกครั้ง"
        : "Rename or delete that sheet in your file, then choose the file again",
      structureNext: thai
        ? "ดาวน์โหลดสำเนาที่เพิ่มแม่แบบในขั้นที่ 1 หรือแก้หัวคอลัมน์ให้ตรงแม่แบบ แล้วเลือกไฟล์อีกครั้ง"
        : "Download a copy with the template in step 1, or correct the headers to match the template, then choose the file again",
      genericNext: thai
        ? "ลองอีกครั้ง ถ้ายังไม่ได้ ให้โหลดหน้านี้ใหม่แล้วเลือกไฟล์อีกครั้ง"
        : "Try again; if that does not help, reload this page and choose the file again",
    },
  };
}

export const PAGE_STRINGS: Readonly<Record<Language, Strings>> = {
  th: forThePage(STRINGS.th, "th"),
  en: forThePage(STRINGS.en, "en"),
};
