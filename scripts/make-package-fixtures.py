#!/usr/bin/python3
"""Builds the workbook-package fixtures in test/fixtures/packages/ (committed: CI has neither LibreOffice nor
openpyxl). Each holds the 2014 scoring sheet plus one thing a user's workbook may have that must survive scoring.

Run by hand: /usr/bin/python3 scripts/make-package-fixtures.py   (needs openpyxl, Pillow and soffice)
A large sheet for the memory and kill trials (not committed):
             /usr/bin/python3 scripts/make-package-fixtures.py --large 50000 /tmp/large.xlsx

The encrypted workbook is an OLE compound file holding the EncryptionInfo and EncryptedPackage streams, built by
hand (see encrypted()), as Excel stores a workbook with an open password.
"""
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "packages")
SHEET = "苏木镇考核"
HEADER = ["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]
ITEMS = [
    ("党员队伍建设", "建立党员信息库", "没有建立党员信息库的扣3分；党员信息库没有专门电脑的扣3分", "查阅资料", 10),
    ("发展党员", "制定发展党员工作计划", "没制定发展党员工作计划的扣2分", "查阅资料", 5),
    ("党员干部教育管理", "按时开展组织生活", "少一次扣0.5分，扣完为止", "查阅资料", 5),
    ("阵地建设", "活动场所达标", "活动场所不达标的扣4分", "实地查看", 8),
]
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def scoring_workbook(with_score=True):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    header = HEADER if with_score else HEADER[:-1]
    ws.append(["2014年度苏木镇党建工作考核评分表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(["被考核单位：嵯岗镇"])
    ws.append(header)
    for item in ITEMS:
        ws.append(list(item) + ([None] if with_score else []))
    total = 4 + len(ITEMS)
    ws.append(["合计", None, None, None, f"=SUM(E4:E{total - 1})"] + ([f"=SUM(F4:F{total - 1})"] if with_score else []))
    ws["E%d" % total].value = f"=SUM(E4:E{total - 1})"
    for row in ws.iter_rows(min_row=3, max_row=total, max_col=len(header)):
        for cell in row:
            cell.border = BORDER
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    ws.column_dimensions["C"].width = 40
    return wb


def save(wb, name):
    path = os.path.join(OUT, name)
    wb.save(path)
    return path


def rewrite_zip(path, edit):
    """Rewrites a saved package: edit(name, data) returns new bytes, or None to drop the entry; extra entries via edit(None, None)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            new = edit(name, data)
            if new is not None:
                z.writestr(name, new)
        for name, data in edit(None, None) or []:
            z.writestr(name, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=120)


def chart():
    """A LibreOffice-written workbook with a bar chart on a second sheet."""
    wb = scoring_workbook()
    data = wb.create_sheet("图表")
    data.append(["项目", "分值"])
    for item in ITEMS:
        data.append([item[0], item[4]])
    bar = BarChart()
    bar.title = "分值"
    bar.add_data(Reference(data, min_col=2, min_row=1, max_row=1 + len(ITEMS)), titles_from_data=True)
    bar.set_categories(Reference(data, min_col=1, min_row=2, max_row=1 + len(ITEMS)))
    data.add_chart(bar, "D2")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "chart.xlsx")
        wb.save(src)
        outdir = os.path.join(tmp, "out")
        os.mkdir(outdir)
        soffice(src, "xlsx", outdir)
        shutil.copy(os.path.join(outdir, "chart.xlsx"), os.path.join(OUT, "chart.xlsx"))


def image():
    """openpyxl with one image: a file exceljs refuses."""
    from PIL import Image as PILImage

    wb = scoring_workbook()
    png = io.BytesIO()
    PILImage.new("RGB", (24, 16), (200, 30, 30)).save(png, "PNG")
    png.seek(0)
    wb[SHEET].add_image(Image(png), "H2")
    save(wb, "image.xlsx")


def comments():
    wb = scoring_workbook()
    wb[SHEET]["C4"].comment = Comment("按 2014 年细则", "考核组")
    save(wb, "comments.xlsx")


def validation():
    wb = scoring_workbook()
    dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="10", showErrorMessage=True)
    wb[SHEET].add_data_validation(dv)
    dv.add("F4:F7")
    save(wb, "validation.xlsx")


def conditional():
    wb = scoring_workbook()
    red = PatternFill(start_color="FFC7CE", end_color="FFC7CE", fill_type="solid")
    wb[SHEET].conditional_formatting.add("F4:F7", CellIsRule(operator="lessThan", formula=["3"], fill=red))
    save(wb, "conditional.xlsx")


def names_and_print_titles():
    wb = scoring_workbook()
    wb.defined_names.append(DefinedName("分值合计", attr_text=f"'{SHEET}'!$E$8"))
    wb[SHEET].print_title_rows = "3:3"
    wb[SHEET].print_area = "A1:F8"
    save(wb, "names.xlsx")


def frozen():
    wb = scoring_workbook()
    wb[SHEET].freeze_panes = "A4"
    save(wb, "frozen.xlsx")


def extra_sheet():
    wb = scoring_workbook()
    other = wb.create_sheet("说明")
    other.append(["本表由考核组填写"])
    other.append(["分值合计", f"='{SHEET}'!E8"])
    other["B2"].value = f"='{SHEET}'!F8"
    save(wb, "extra-sheet.xlsx")


def no_score_column():
    save(scoring_workbook(with_score=False), "no-score-column.xlsx")


def macro():
    """An .xlsm with a (tiny, fake) vbaProject.bin: a valid package part with the macro content types."""
    wb = scoring_workbook()
    path = save(wb, "macro.xlsm")
    vba = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"kaohe fake vbaProject" + bytes(64)

    def edit(name, data):
        if name is None:
            return [("xl/vbaProject.bin", vba)]
        if name == "[Content_Types].xml":
            text = data.decode("utf-8")
            text = text.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            text = text.replace("<Default Extension=\"xml\"", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default Extension=\"xml\"", 1)
            return text.encode("utf-8")
        if name == "xl/_rels/workbook.xml.rels":
            text = data.decode("utf-8")
            rel = '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
            return text.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
        return data

    rewrite_zip(path, edit)


def absolute_paths():
    """Relationship targets written as absolute part names (/xl/worksheets/sheet1.xml): valid, and refused by exceljs."""
    path = save(scoring_workbook(), "absolute-paths.xlsx")

    def edit(name, data):
        if name == "xl/_rels/workbook.xml.rels":
            return re.sub(r'Target="(?!/)([^"]+)"', r'Target="/xl/\1"', data.decode("utf-8")).encode("utf-8")
        return data

    rewrite_zip(path, edit)


def huge(name, inject):
    """A small file whose sheet claims the whole grid: a styled cell at XFD1048576, or a merge H1:XFD1048576."""
    path = save(scoring_workbook(), name)

    def edit(n, data):
        if n == "xl/worksheets/sheet1.xml":
            return inject(data.decode("utf-8")).encode("utf-8")
        return data

    rewrite_zip(path, edit)


def styled_far_cell(xml):
    xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
    return xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>')


def huge_merge(xml):
    xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
    return re.sub(r'<mergeCells count="(\d+)">', lambda m: f'<mergeCells count="{int(m.group(1)) + 1}"><mergeCell ref="H1:XFD1048576"/>', xml)


def encrypted():
    """What Excel writes for a workbook with an open password: an OLE compound file (CFB v3) holding the streams
    EncryptionInfo and EncryptedPackage. Built by hand (soffice --convert-to ignores password filter options); the
    payload is zeros, which is all a reader needs to recognise the file."""
    import struct

    END, FREE, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    info = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'
    info = info.ljust(4096, b"\0")
    package = struct.pack("<Q", 4088).ljust(4096, b"\0")
    header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
    fat = [FATSECT, END] + list(range(3, 10)) + [END] + list(range(11, 18)) + [END]
    fat_sector = b"".join(struct.pack("<I", v) for v in fat + [FREE] * (128 - len(fat)))

    def entry(name, kind, left, right, child, start, size):
        encoded = (name + "\0").encode("utf-16le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, left, right, child) + bytes(16)
                + struct.pack("<I", 0) + bytes(16) + struct.pack("<IQ", start, size))

    nostream = 0xFFFFFFFF
    directory = (entry("Root Entry", 5, nostream, nostream, 1, END, 0)
                 + entry("EncryptionInfo", 2, nostream, 2, nostream, 2, len(info))
                 + entry("EncryptedPackage", 2, nostream, nostream, nostream, 10, len(package))
                 + entry("", 0, nostream, nostream, nostream, 0, 0))
    with open(os.path.join(OUT, "encrypted.xlsx"), "wb") as f:
        f.write(header + fat_sector + directory + info + package)


def ods():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "sheet.xlsx")
        scoring_workbook().save(src)
        soffice(src, "ods", tmp)
        shutil.copy(os.path.join(tmp, "sheet.ods"), os.path.join(OUT, "sheet.ods"))


def not_xlsx():
    with zipfile.ZipFile(os.path.join(OUT, "not-xlsx.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "这是一个普通的压缩文件，不是工作簿。")


def large(rows, path):
    """A scoring sheet with `rows` items (not committed: for the memory and kill trials). Written in openpyxl's
    write-only mode with shared strings, as Excel would."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.append(["2014年度苏木镇党建工作考核评分表"])
    ws.append(["被考核单位：嵯岗镇"])
    ws.append(HEADER)
    for i in range(rows):
        ws.append([f"第{i + 1}项工作", "按要求完成并留存资料", f"没有制定第{i + 1}项工作计划的扣2分；少一次扣0.5分，扣完为止", "查阅资料", 5, None])
    ws.append(["合计", None, None, None, f"=SUM(E4:E{rows + 3})", f"=SUM(F4:F{rows + 3})"])
    wb.save(path)


if __name__ == "__main__":
    import sys

    if len(sys.argv) == 4 and sys.argv[1] == "--large":
        large(int(sys.argv[2]), sys.argv[3])
        sys.exit(0)
    os.makedirs(OUT, exist_ok=True)
    save(scoring_workbook(), "plain.xlsx")
    chart()
    image()
    comments()
    validation()
    conditional()
    names_and_print_titles()
    frozen()
    extra_sheet()
    no_score_column()
    macro()
    absolute_paths()
    huge("huge-far-cell.xlsx", styled_far_cell)
    huge("huge-merge.xlsx", huge_merge)
    encrypted()
    ods()
    not_xlsx()
    for name in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(os.path.join(OUT, name)):7d}  {name}")
