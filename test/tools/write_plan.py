"""Writes a plan workbook from scratch with openpyxl, as a user's script (or pandas) would, not from
the tool's template: each table at A1 of its own sheet, as an Excel table with openpyxl's own style.

Usage: write_plan.py SPEC.json OUT.xlsx
SPEC: {"tables": [{"sheet", "table", "headers": [...], "rows": [[...]]}],
       "sheets": [{"sheet", "rows": [[...]]}]            (plain sheets of the user's own)
       "set": [{"sheet", "cell", "value"}],               (cells typed afterwards, e.g. mistakes)
       "comments": [{"sheet", "cell", "text", "author"}]} (notes the user left)
Run with Debian's /usr/bin/python3 (python3-openpyxl).
"""
import json
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

spec_path, out = sys.argv[1], sys.argv[2]
with open(spec_path, encoding="utf-8") as f:
    spec = json.load(f)

wb = openpyxl.Workbook()
wb.remove(wb.active)
for table in spec.get("tables", []):
    ws = wb[table["sheet"]] if table["sheet"] in wb.sheetnames else wb.create_sheet(table["sheet"])
    ws.append(table["headers"])
    for row in table["rows"]:
        ws.append(row)
    last_row = max(2, len(table["rows"]) + 1)
    ref = f"A1:{get_column_letter(len(table['headers']))}{last_row}"
    t = Table(displayName=table["table"], ref=ref)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    for column in range(1, len(table["headers"]) + 1):
        ws.column_dimensions[get_column_letter(column)].width = 18
for sheet in spec.get("sheets", []):
    ws = wb.create_sheet(sheet["sheet"])
    for row in sheet["rows"]:
        ws.append(row)
for edit in spec.get("set", []):
    wb[edit["sheet"]][edit["cell"]].value = edit["value"]
for note in spec.get("comments", []):
    wb[note["sheet"]][note["cell"]].comment = Comment(note["text"], note.get("author", "ผู้ใช้"))
wb.save(out)
