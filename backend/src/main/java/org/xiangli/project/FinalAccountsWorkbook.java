package org.xiangli.project;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes {@link FinalAccounts} as an Excel workbook: a summary, funding by source, disbursements
 * and payments, progress, evidence and gaps, one sheet each. Money is written as numbers with two
 * decimals, never as text. Private persons' names are masked: the workbook leaves the audited API.
 */
@Component
class FinalAccountsWorkbook {

    void write(FinalAccounts accounts, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Project project = accounts.project();
            Sheet summary = workbook.createSheet("决算概况 Summary");
            int r = 0;
            r = pair(summary, r, styles, "项目名称 Project", project.getName());
            r = pair(summary, r, styles, "类别 Category", project.getCategory().name());
            r = pair(summary, r, styles, "业主 Owner", project.getOwner());
            r = pair(summary, r, styles, "区划代码 Region", project.getRegionCode());
            r = pair(summary, r, styles, "状态 Status", project.getStatus().name());
            r = pair(summary, r, styles, "实际开工 Actual start", text(project.getActualStart()));
            r = pair(summary, r, styles, "实际竣工 Actual end", text(project.getActualEnd()));
            r = money(summary, r, styles, "预算 Budget", accounts.budgetTotal());
            r = money(summary, r, styles, "拨付 Disbursed", accounts.disbursedTotal());
            r = money(summary, r, styles, "支付 Paid", accounts.paidTotal());
            r = money(summary, r, styles, "报告支出 Reported spending", accounts.reportedSpending());
            pair(summary, r, styles, "缺项 Gaps", Integer.toString(accounts.gaps().size()));
            summary.setColumnWidth(0, 30 * 256);
            summary.setColumnWidth(1, 40 * 256);

            Sheet funding = sheet(workbook, styles, "资金来源 Funding", "来源 Source", "预算 Budget", "拨付 Disbursed", "支付 Paid");
            int row = 1;
            for (ProjectFunding line : accounts.funding()) {
                Row x = funding.createRow(row++);
                x.createCell(0).setCellValue(line.getSource().name());
                amount(x, 1, line.getBudget(), styles);
                amount(x, 2, line.getDisbursed(), styles);
                amount(x, 3, line.getPaid(), styles);
            }

            Sheet movements = sheet(workbook, styles, "拨付支付 Movements", "日期 Date", "类型 Kind", "来源 Source",
                    "金额 Amount", "收款方 Payee", "凭证号 Voucher", "备注 Note");
            row = 1;
            for (FundMovement movement : accounts.fundMovements()) {
                Row x = movements.createRow(row++);
                x.createCell(0).setCellValue(movement.getMovedOn().toString());
                x.createCell(1).setCellValue(movement.getKind().name());
                x.createCell(2).setCellValue(movement.getSource().name());
                amount(x, 3, movement.getAmount(), styles);
                x.createCell(4).setCellValue(SpreadsheetText.neutral(movement.getPayeeKind() == PayeeKind.PERSON
                        ? PersonalKind.NAME.mask(movement.getPayeeName()) : movement.getPayeeName()));
                x.createCell(5).setCellValue(SpreadsheetText.neutral(movement.getVoucherNo()));
                x.createCell(6).setCellValue(movement.getNote() == null ? "" : SpreadsheetText.neutral(movement.getNote()));
            }

            Sheet progress = sheet(workbook, styles, "进度 Progress", "开始 From", "结束 To", "完成% Done",
                    "支出 Spent", "情况 Narrative", "报告人 Reported by");
            row = 1;
            for (ProgressReport report : accounts.progressReports()) {
                Row x = progress.createRow(row++);
                x.createCell(0).setCellValue(report.getPeriodStart().toString());
                x.createCell(1).setCellValue(report.getPeriodEnd().toString());
                x.createCell(2).setCellValue(report.getPercentDone());
                amount(x, 3, report.getMoneySpent(), styles);
                x.createCell(4).setCellValue(SpreadsheetText.neutral(report.getNarrative()));
                x.createCell(5).setCellValue(SpreadsheetText.neutral(report.getReportedBy()));
            }

            Sheet evidence = sheet(workbook, styles, "佐证 Evidence", "文件 File", "类型 Type", "大小 Bytes", "SHA-256", "上传 Uploaded");
            row = 1;
            for (EvidenceFile file : accounts.evidence()) {
                Row x = evidence.createRow(row++);
                x.createCell(0).setCellValue(SpreadsheetText.neutral(file.getFileName()));
                x.createCell(1).setCellValue(file.getContentType());
                x.createCell(2).setCellValue(file.getSizeBytes());
                x.createCell(3).setCellValue(file.getSha256());
                x.createCell(4).setCellValue(file.getUploadedAt().toString());
            }

            Sheet gaps = sheet(workbook, styles, "缺项 Gaps", "类型 Kind", "说明 Detail");
            row = 1;
            for (FinalAccounts.Gap gap : accounts.gaps()) {
                Row x = gaps.createRow(row++);
                x.createCell(0).setCellValue(gap.kind().name());
                x.createCell(1).setCellValue(SpreadsheetText.neutral(gap.message()));
            }
            workbook.write(out);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static int pair(Sheet sheet, int row, Styles styles, String label, String value) {
        Row x = sheet.createRow(row);
        Cell cell = x.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.header);
        x.createCell(1).setCellValue(SpreadsheetText.neutral(value));
        return row + 1;
    }

    private static int money(Sheet sheet, int row, Styles styles, String label, BigDecimal value) {
        Row x = sheet.createRow(row);
        Cell cell = x.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.header);
        amount(x, 1, value, styles);
        return row + 1;
    }

    private static void amount(Row row, int column, BigDecimal value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.money);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;

        Styles(XSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            money = workbook.createCellStyle();
            DataFormat format = workbook.createDataFormat();
            money.setDataFormat(format.getFormat("#,##0.00"));
        }
    }
}
