"""Adds an unrelated sheet of ROWS rows x 6 columns to a workbook, as Excel stores one: numbers in
cells, text in the shared-string table (every row's own strings). Usage: add_big_sheet.py IN OUT ROWS
Written with Python's zipfile and plain XML (openpyxl needs minutes for a million rows)."""
import re
import sys
import zipfile

source, target, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
with zipfile.ZipFile(source) as zin:
    parts = {name: zin.read(name) for name in zin.namelist()}

workbook_rels = parts["xl/_rels/workbook.xml.rels"].decode()
sst_target = re.search(r'Target="/?(?:xl/)?([^"]*sharedStrings[^"]*)"', workbook_rels)
sst_path = "xl/" + sst_target.group(1) if sst_target else "xl/sharedStrings.xml"
if sst_path in parts:
    sst = parts[sst_path].decode()
    existing = re.findall(r"<si\b", sst)
    base = len(existing)
    head, _, _ = sst.rpartition("</sst>")
    head = re.sub(r'\s(count|uniqueCount)="\d+"', "", head, count=2)
else:
    base = 0
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}">'
    workbook_rels = workbook_rels.replace("</Relationships>", '<Relationship Id="rIdBigSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()

strings = []
sheet = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}"><sheetData>']
for r in range(1, rows + 1):
    a = base + 2 * (r - 1)
    strings.append(f"<si><t>รายการ {r}</t></si><si><t>หมวด {r % 97}-{r}</t></si>")
    sheet.append(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="s"><v>{a}</v></c><c r="C{r}"><v>{r * 1.5}</v></c>'
                 f'<c r="D{r}" t="s"><v>{a + 1}</v></c><c r="E{r}"><v>{r % 7}</v></c><c r="F{r}"><v>{r * 3}</v></c></row>')
sheet.append("</sheetData></worksheet>")
parts[sst_path] = (head + "".join(strings) + "</sst>").encode()
parts["xl/worksheets/sheetBig.xml"] = "".join(sheet).encode()
parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace("</Types>", '<Override PartName="/xl/worksheets/sheetBig.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>').encode()
parts["xl/_rels/workbook.xml.rels"] = workbook_rels.replace("</Relationships>", '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetBig.xml"/></Relationships>').encode()
workbook = parts["xl/workbook.xml"].decode()
ids = [int(x) for x in re.findall(r'sheetId="(\d+)"', workbook)]
workbook = re.sub(r"(<sheet [^>]*/>)(?!.*<sheet )", r'\1<sheet name="ข้อมูลดิบ" sheetId="%d" r:id="rIdBig"/>' % (max(ids) + 1), workbook, count=1, flags=re.S)
parts["xl/workbook.xml"] = workbook.encode()
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    for name, data in parts.items():
        zout.writestr(name, data)
