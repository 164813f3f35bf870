"""Makes the real-world corpus: workbooks as LibreOffice, openpyxl and users leave them.

Usage: make_corpus.py SAMPLE.xlsx OUT_DIR
Every file is made by a real program (LibreOffice through UNO, openpyxl, Python's zipfile for the
broken ones) from SAMPLE, the sample plan as the tool writes it. Run with Debian's /usr/bin/python3
(python3-openpyxl, python3-uno, python3-pil).
"""
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image as XlImage
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableColumn, TableFormula, TableStyleInfo
from PIL import Image

SAMPLE, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)
made = {}


def out(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- openpyxl ----

def projects_table(ws):
    return ws.tables["Projects"]


def openpyxl_files():
    # As pandas and scripts leave a plan: loaded and saved again by openpyxl.
    wb = openpyxl.load_workbook(SAMPLE)
    wb.save(out("openpyxl-resaved.xlsx"))
    made["openpyxl-resaved.xlsx"] = "loaded and saved by openpyxl"

    # Ten projects typed directly below the Projects table, which did not grow.
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["โครงการ"]
    first = ws.max_row + 1
    for i in range(10):
        r = first + i
        ws.cell(r, 1, f"{25 + i}")
        ws.cell(r, 2, "1")
        ws.cell(r, 3, "แผนงานเคหะและชุมชน")
        ws.cell(r, 4, f"โครงการพิมพ์ต่อท้ายตาราง {i + 1}")
        ws.cell(r, 6, 10000 * (i + 1))
        ws.cell(r, 7, "ข้อบัญญัติงบประมาณรายจ่ายประจำปี")
        ws.cell(r, 10, "✓")
    wb.save(out("openpyxl-rows-below.xlsx"))
    made["openpyxl-rows-below.xlsx"] = "ten projects typed under the Projects table"

    # The user's own parts, which a build must carry over byte for byte.
    wb = openpyxl.load_workbook(SAMPLE)
    mine = wb.create_sheet("ของฉัน", 0)
    for r in range(1, 41):
        mine.cell(r, 1, f"รายการ {r}")
        mine.cell(r, 2, r * 1000)
    chart = BarChart()
    chart.title = "ยอดของฉัน"
    chart.add_data(Reference(mine, min_col=2, min_row=1, max_row=10))
    mine.add_chart(chart, "D2")
    picture = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(picture, format="PNG")
    picture.seek(0)
    mine.add_image(XlImage(picture), "D20")
    mine.row_breaks.append(Break(id=20))
    mine.print_area = "A1:B40"
    validation = DataValidation(type="list", formula1='"ใช่,ไม่ใช่"', allow_blank=True)
    mine.add_data_validation(validation)
    validation.add("C1:C40")
    wb.defined_names.append(DefinedName("อัตราภาษี", attr_text="0.07"))
    local = DefinedName("ช่วงของฉัน", attr_text="'ของฉัน'!$A$1:$B$40", localSheetId=0)
    wb.defined_names.append(local)
    # A table of the user's own with a calculated column.
    for r in range(1, 6):
        mine.cell(r + 44, 1, ["ชิ้น", "ก", "ข", "ค", "ง"][r - 1])
        mine.cell(r + 44, 2, "ราคา" if r == 1 else r * 100)
        mine.cell(r + 44, 3, "รวมภาษี" if r == 1 else f"=B{r + 44}*1.07")
    priced = Table(displayName="MyPrices", ref="A45:C49")
    priced.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    priced.tableColumns = [TableColumn(id=1, name="ชิ้น"), TableColumn(id=2, name="ราคา"),
                           TableColumn(id=3, name="รวมภาษี", calculatedColumnFormula=TableFormula(attr_text="MyPrices[[#This Row],[ราคา]]*1.07"))]
    priced.autoFilter = None
    mine.add_table(priced)
    wb.save(out("openpyxl-user-parts.xlsx"))
    made["openpyxl-user-parts.xlsx"] = "a chart, an image, breaks, names (constant, sheet-local), validation"

    # The plan without its Excel tables, as pandas and Google Sheets' export leave it: plain ranges.
    wb = openpyxl.load_workbook(SAMPLE)
    for ws in wb.worksheets:
        for name in list(ws.tables.keys()):
            del ws.tables[name]
    wb.save(out("openpyxl-no-tables.xlsx"))
    made["openpyxl-no-tables.xlsx"] = "every template table a plain range (no table parts)"

    # A budget entered as a formula that openpyxl saves without a result.
    wb = openpyxl.load_workbook(SAMPLE)
    wb["โครงการ"]["F3"] = "=200000+64000"
    wb.save(out("openpyxl-uncalculated.xlsx"))
    made["openpyxl-uncalculated.xlsx"] = "F3 is a formula with no saved result"


# ------------------------------------------------------------- LibreOffice ----

def prop(name, value):
    from com.sun.star.beans import PropertyValue
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class LibreOffice:
    def __enter__(self):
        import uno
        self.uno = uno
        self.home = tempfile.mkdtemp(prefix="corpus-lo-")
        pipe = "corpus" + str(os.getpid())
        self.proc = subprocess.Popen(
            ["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(self.home), "--headless",
             "--invisible", "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        context = uno.getComponentContext()
        resolver = context.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", context)
        for _ in range(240):
            try:
                remote = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise RuntimeError("LibreOffice did not start")
        self.desktop = remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)
        return self

    def open(self, path):
        # A private copy: LibreOffice leaves a lock file beside what it opens.
        copy = os.path.join(self.home, "in-" + os.path.basename(path))
        shutil.copyfile(path, copy)
        doc = self.desktop.loadComponentFromURL(self.uno.systemPathToFileUrl(copy), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError(f"LibreOffice could not open {path}")
        return doc

    def save(self, doc, path, filter_name, *extra):
        doc.storeToURL(self.uno.systemPathToFileUrl(os.path.abspath(path)), (prop("FilterName", filter_name),) + extra)

    def save_encrypted(self, doc, path, password):
        # OOXML encryption needs the "Calc Office Open XML" filter and EncryptionData (OOXPassword).
        from com.sun.star.beans import NamedValue
        def named(name, value):
            v = NamedValue()
            v.Name = name
            v.Value = value
            return v
        data = self.uno.Any("[]com.sun.star.beans.NamedValue", (named("OOXPassword", password), named("CryptoType", "Standard")))
        args = self.uno.Any("[]com.sun.star.beans.PropertyValue",
                            (prop("FilterName", "Calc Office Open XML"), prop("EncryptionData", data)))
        self.uno.invoke(doc, "storeToURL", (self.uno.systemPathToFileUrl(os.path.abspath(path)), args))

    def __exit__(self, *_):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.home, ignore_errors=True)


XLSX = "Calc MS Excel 2007 XML"


def libreoffice_files():
    with LibreOffice() as lo:
        doc = lo.open(SAMPLE)
        lo.save(doc, out("libreoffice-resaved.xlsx"), XLSX)
        made["libreoffice-resaved.xlsx"] = "opened and saved again by LibreOffice Calc"
        lo.save(doc, out("libreoffice.ods"), "calc8")
        made["libreoffice.ods"] = "saved as OpenDocument"
        lo.save(doc, out("libreoffice.xls"), "MS Excel 97")
        made["libreoffice.xls"] = "saved as Excel 97-2003"
        lo.save_encrypted(doc, out("libreoffice-encrypted.xlsx"), "1234")
        made["libreoffice-encrypted.xlsx"] = "saved with a password to open"
        doc.close(True)

        # Projects typed below the table in LibreOffice (its tables never grow), then the user's parts.
        doc = lo.open(SAMPLE)
        sheets = doc.Sheets
        projects = sheets.getByName("โครงการ")
        cursor = projects.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last = cursor.RangeAddress.EndRow
        for i in range(3):
            row = last + 1 + i
            values = ((f"{25 + i}", "2", "แผนงานการศึกษา", f"อบรมครูพิมพ์ใต้ตาราง {i + 1}", "", 5000 * (i + 1),
                       "ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "", "", "", "", "", "✓"),)
            projects.getCellRangeByPosition(0, row, len(values[0]) - 1, row).setDataArray(values)
        sheets.insertNewByName("บันทึก", 0)
        notes = sheets.getByName("บันทึก")
        notes.getCellRangeByPosition(0, 0, 1, 29).setDataArray(tuple((f"วาระ {r + 1}", (r + 1) * 10.0) for r in range(30)))
        from com.sun.star.awt import Rectangle
        from com.sun.star.table import CellRangeAddress
        area = CellRangeAddress()
        area.Sheet, area.StartColumn, area.StartRow, area.EndColumn, area.EndRow = 0, 0, 0, 1, 9
        notes.Charts.addNewByName("ChartOfMine", Rectangle(5000, 1000, 10000, 7000), (area,), False, False)
        notes.Rows.getByIndex(15).IsStartOfNewPage = True
        notes.protect("")
        style = doc.StyleFamilies.getByName("PageStyles").getByName(notes.PageStyle)
        style.ScaleToPagesX = 1
        style.ScaleToPagesY = 1
        doc.DocumentProperties.UserDefinedProperties.addProperty("ผู้จัดทำ", 0, "กองคลัง")
        doc.NamedRanges.addNewByName("RateOfPay", "300", notes.getCellByPosition(0, 0).CellAddress, 0)
        lo.save(doc, out("libreoffice-user-parts.xlsx"), XLSX)
        made["libreoffice-user-parts.xlsx"] = ("3 projects typed below the table; a user sheet with a chart, a page break, "
                                               "protection, fit-to-page; a custom property; a named constant")
        doc.close(True)

        # A chart, an image and a custom property in one file (a macro project is added below).
        doc = lo.open(out("openpyxl-user-parts.xlsx"))
        doc.DocumentProperties.UserDefinedProperties.addProperty("หน่วยงาน", 0, "กองช่าง")
        lo.save(doc, out("libreoffice-everything.xlsx"), XLSX)
        doc.close(True)


# ------------------------------------------------------------ other files ----

def with_macros(source, target):
    """A macro-enabled copy: the package made macro-enabled, with a VBA project part (a real Excel
    project cannot be made here; its bytes only have to come back unchanged)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                text = text.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                text = text.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
                data = text.encode("utf-8")
            if item.filename == "xl/_rels/workbook.xml.rels":
                text = data.decode("utf-8").replace(
                    "</Relationships>",
                    '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
                data = text.encode("utf-8")
            zout.writestr(item, data)
        zout.writestr("xl/vbaProject.bin", bytes(range(256)) * 16)


def other_files():
    with_macros(out("libreoffice-resaved.xlsx"), out("macro.xlsm"))
    made["macro.xlsm"] = "macro-enabled, with a VBA project part"
    with_macros(out("libreoffice-everything.xlsx"), out("everything.xlsm"))
    made["everything.xlsm"] = "a chart, an image, macros and custom properties in one workbook"

    with zipfile.ZipFile(out("not-a-workbook.xlsx"), "w") as z:
        z.writestr("notes.txt", "รายการประชุม")
    made["not-a-workbook.xlsx"] = "a zip with no workbook in it"

    with open(out("libreoffice-resaved.xlsx"), "rb") as f:
        whole = f.read()
    with open(out("damaged.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    made["damaged.xlsx"] = "cut off half way (an interrupted copy)"

    open(out("empty.xlsx"), "wb").close()
    made["empty.xlsx"] = "0 bytes"

    with open(out("report.pdf.xlsx"), "wb") as f:
        f.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    made["report.pdf.xlsx"] = "a PDF named .xlsx"


openpyxl_files()
libreoffice_files()
other_files()
with open(out("corpus.json"), "w", encoding="utf-8") as f:
    json.dump(made, f, ensure_ascii=False, indent=1)
