package org.standingoffice.console.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly report as an Excel workbook (Apache POI): the report's sections one below the other
 * on the first sheet, each under its title with bold headings, and the days on a sheet of their
 * own so the long list does not bury the figures. Numbers stay numbers, so they can be summed.
 */
final class ReportWorkbook {

    /** Excel refuses sheet names longer than this. */
    private static final int SHEET_NAME = 31;

    private ReportWorkbook() {}

    static byte[] write(String title, List<ReportDocument.Section> sections) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(large);

            Sheet report = workbook.createSheet(sheetName(title));
            int at = 0;
            Row top = report.createRow(at++);
            top.createCell(0).setCellValue(title);
            top.getCell(0).setCellStyle(titleStyle);
            for (ReportDocument.Section section : sections) {
                Sheet sheet = report;
                int row = at + 1;
                if (section.id().equals("days")) {
                    sheet = workbook.createSheet(sheetName(section.title()));
                    row = 0;
                }
                row = section(sheet, row, section, heading);
                if (sheet == report) {
                    at = row;
                }
            }
            fit(report);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int section(Sheet sheet, int at, ReportDocument.Section section, CellStyle heading) {
        Row title = sheet.createRow(at++);
        title.createCell(0).setCellValue(section.title());
        title.getCell(0).setCellStyle(heading);
        Row headings = sheet.createRow(at++);
        for (int i = 0; i < section.headings().size(); i++) {
            headings.createCell(i).setCellValue(section.headings().get(i));
            headings.getCell(i).setCellStyle(heading);
        }
        for (List<Object> cells : section.rows()) {
            Row row = sheet.createRow(at++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else {
                    row.createCell(i).setCellValue(value == null ? "" : value.toString());
                }
            }
        }
        if (section.id().equals("days")) {
            fit(sheet);
        }
        return at;
    }

    /**
     * Widens each column to its longest text (POI's own autosizing needs the fonts installed;
     * counting characters is close enough and works on any server).
     */
    private static void fit(Sheet sheet) {
        int[] widths = new int[8];
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            for (int i = 0; i < Math.min(row.getLastCellNum(), widths.length); i++) {
                widths[i] = Math.max(
                        widths[i],
                        row.getCell(i) == null ? 0 : row.getCell(i).toString().length());
            }
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                sheet.setColumnWidth(i, Math.min(60, widths[i] + 2) * 256);
            }
        }
    }

    /** A sheet name Excel accepts: no []:*?/\ and at most 31 characters. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() <= SHEET_NAME ? clean : clean.substring(0, SHEET_NAME);
    }
}
