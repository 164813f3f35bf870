"""Reads cells of a workbook with openpyxl, an independent reader of what the tool wrote.

Usage: read_cells.py IN.xlsx QUERY.json
QUERY: {"cells": [{"sheet", "cell"}], "rows": [{"sheet", "startsWith"}]}
Prints JSON: {"cells": [{"sheet", "cell", "value", "fill", "comment"}],  fill: the solid fill's RGB or null
              "rows": [[values of the first row whose first cell starts with the text] or null],
              "sheets": [names]}
"""
import json
import sys

import openpyxl

path, query_path = sys.argv[1], sys.argv[2]
with open(query_path, encoding="utf-8") as f:
    query = json.load(f)
wb = openpyxl.load_workbook(path)


def fill_of(cell):
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    return fill.fgColor.rgb if isinstance(fill.fgColor.rgb, str) else None


cells = []
for q in query.get("cells", []):
    cell = wb[q["sheet"]][q["cell"]]
    cells.append({
        "sheet": q["sheet"],
        "cell": q["cell"],
        "value": cell.value,
        "fill": fill_of(cell),
        "comment": cell.comment.text if cell.comment else None,
    })
rows = []
for q in query.get("rows", []):
    found = None
    for row in wb[q["sheet"]].iter_rows(values_only=True):
        if isinstance(row[0], str) and row[0].strip().startswith(q["startsWith"]):
            found = list(row)
            break
    rows.append(found)
print(json.dumps({"cells": cells, "rows": rows, "sheets": wb.sheetnames}, ensure_ascii=False, default=str))
