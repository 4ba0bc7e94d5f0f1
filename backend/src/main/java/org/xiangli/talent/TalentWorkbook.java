package org.xiangli.talent;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.xiangli.security.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The .xlsx layout of talents, shared by the import template, the import and the export (so an
 * export can be edited and imported again). One header row, one talent per row. Enum columns take
 * the Chinese label or the API's name (男 or MALE).
 */
final class TalentWorkbook {

    /** The columns, in order; {@code header} is what the sheet shows and errors name. */
    enum Column {
        NAME("姓名 name*"), GENDER("性别 gender"), BIRTH_YEAR("出生年份 birth year"), HOMETOWN("籍贯区划代码 hometown code*"),
        WHEREABOUTS("现状 whereabouts*"), CATEGORY("类别 category*"), INDUSTRY("行业 industry"), ORGANISATION("单位 organisation"),
        TITLE("职务 title"), PHONE("电话 phone"), EMAIL("邮箱 e-mail"), ADDRESS("地址 address"),
        CONSENT_ON("同意登记日期 consent date*"), CONSENT_SCOPE("同意范围 consent scope"), TAGS("标签 tags"), NOTES("备注 notes");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    static final String SHEET = "乡贤 talents";
    private static final String HELP_SHEET = "说明 help";

    static final Map<String, Gender> GENDERS = labels(Gender.class, Map.of("男", Gender.MALE, "女", Gender.FEMALE, "未说明", Gender.UNDISCLOSED));
    static final Map<String, Whereabouts> WHEREABOUTS = labels(Whereabouts.class, Map.of("返乡", Whereabouts.RETURNED,
            "在外", Whereabouts.INVESTING_FROM_AFAR, "海外", Whereabouts.OVERSEAS));
    static final Map<String, TalentCategory> CATEGORIES = labels(TalentCategory.class, Map.of("企业家", TalentCategory.ENTREPRENEUR,
            "专家学者", TalentCategory.EXPERT_SCHOLAR, "工匠", TalentCategory.CRAFTS_MASTER, "退休干部", TalentCategory.RETIRED_CADRE,
            "青年创业者", TalentCategory.YOUNG_ENTREPRENEUR, "电商", TalentCategory.E_COMMERCE, "其他", TalentCategory.OTHER));
    static final Map<String, ConsentScope> SCOPES = labels(ConsentScope.class, Map.of("登记", ConsentScope.REGISTRY,
            "联系", ConsentScope.CONTACT, "公开", ConsentScope.PUBLICITY));

    private TalentWorkbook() {
    }

    /** One data row as read: the row number Excel shows and the cell texts by column. */
    record SheetRow(int number, Map<Column, String> cells) {
        @Nullable String text(Column column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The downloadable template: the header, one example row, and a help sheet with allowed values. */
    static void template(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            header(sheet);
            Row example = sheet.createRow(1);
            String[] values = {"示例乡贤", "女", "1980", "330523200200", "返乡", "企业家", "白茶", "安吉示例茶业有限公司", "董事长",
                    "13800000000", "", "", "2025-03-01", "登记,联系", "白茶,回乡", "示例行：导入前请删除"};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            Sheet help = workbook.createSheet(HELP_SHEET);
            String[][] lines = {
                    {"列 column", "说明 meaning"},
                    {Column.NAME.header, "1–50 characters; name + birth year + hometown code identify a talent (rows with an existing key update it)"},
                    {Column.GENDER.header, "男 / 女 / 未说明 (or MALE / FEMALE / UNDISCLOSED)"},
                    {Column.HOMETOWN.header, "9-digit township or 12-digit village code in your area"},
                    {Column.WHEREABOUTS.header, "返乡 / 在外 / 海外 (or RETURNED / INVESTING_FROM_AFAR / OVERSEAS)"},
                    {Column.CATEGORY.header, "企业家 / 专家学者 / 工匠 / 退休干部 / 青年创业者 / 电商 / 其他"},
                    {Column.CONSENT_ON.header, "date the talent agreed to be registered, yyyy-mm-dd"},
                    {Column.CONSENT_SCOPE.header, "登记 (always), 联系, 公开, separated by commas"},
                    {Column.TAGS.header, "separated by commas"}};
            for (int i = 0; i < lines.length; i++) {
                Row row = help.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            workbook.write(out);
        }
    }

    /**
     * Reads the data rows of the first sheet, checking the header.
     *
     * @throws IllegalArgumentException when the file is not this layout (message for the client)
     */
    static List<SheetRow> read(Workbook workbook, int maxRows) {
        Sheet sheet = workbook.getSheetAt(0);
        Row header = sheet.getRow(0);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (Column column : Column.values()) {
            String found = header == null ? null : formatter.formatCellValue(header.getCell(column.ordinal())).strip();
            if (!column.header.equals(found)) {
                throw new IllegalArgumentException("column %d of the header must be '%s', found '%s': start from the template"
                        .formatted(column.ordinal() + 1, column.header, found == null ? "" : found));
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Column, String> cells = new java.util.EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                String text = text(row.getCell(column.ordinal()), formatter);
                if (text != null && !text.isBlank()) {
                    cells.put(column, text);
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw new IllegalArgumentException("the file has more than " + maxRows + " rows: split it");
            }
            rows.add(new SheetRow(r + 1, cells));
        }
        return rows;
    }

    /** Starts an export workbook (streaming, 200 rows in memory) with its header. */
    static SXSSFWorkbook exportWorkbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        header(workbook.createSheet(SHEET));
        return workbook;
    }

    /** Writes one talent; {@code shown} gives each personal value as the caller may see it. */
    static void write(Sheet sheet, int rowIndex, Talent talent, Function<String, String> hometownName,
                      PersonalValue shown) {
        Row row = sheet.createRow(rowIndex);
        set(row, Column.NAME, shown.of(org.xiangli.security.PersonalKind.NAME, talent.getName()));
        set(row, Column.GENDER, label(GENDERS, talent.getGender()));
        set(row, Column.BIRTH_YEAR, talent.getBirthYear() == null ? null : talent.getBirthYear().toString());
        set(row, Column.HOMETOWN, talent.getHometownCode());
        set(row, Column.WHEREABOUTS, label(WHEREABOUTS, talent.getWhereabouts()));
        set(row, Column.CATEGORY, label(CATEGORIES, talent.getCategory()));
        set(row, Column.INDUSTRY, talent.getIndustry());
        set(row, Column.ORGANISATION, talent.getOrganisation());
        set(row, Column.TITLE, talent.getTitle());
        set(row, Column.PHONE, shown.of(org.xiangli.security.PersonalKind.PHONE, talent.getPhone()));
        set(row, Column.EMAIL, shown.of(org.xiangli.security.PersonalKind.ADDRESS, talent.getEmail()));
        set(row, Column.ADDRESS, shown.of(org.xiangli.security.PersonalKind.ADDRESS, talent.getAddress()));
        set(row, Column.CONSENT_ON, talent.getConsent().on().toString());
        set(row, Column.CONSENT_SCOPE, talent.getConsent().scope().stream().sorted().map(s -> label(SCOPES, s)).collect(Collectors.joining(",")));
        set(row, Column.TAGS, String.join(",", talent.getTags()));
        set(row, Column.NOTES, talent.getNotes());
    }

    /** A personal value as one caller may see it (masked or plain). */
    @FunctionalInterface
    interface PersonalValue {
        @Nullable String of(org.xiangli.security.PersonalKind kind, @Nullable String value);
    }

    static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> @Nullable Set<E> list(Map<String, E> labels, String text) {
        Set<E> values = new java.util.LinkedHashSet<>();
        for (String part : text.split("[,，、;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            E value = labels.get(part.strip().toUpperCase(Locale.ROOT));
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    static String allowed(Map<String, ? extends Enum<?>> labels) {
        return labels.keySet().stream().filter(k -> !k.matches("[A-Z_]+")).sorted().collect(Collectors.joining(" / "));
    }

    private static void header(Sheet sheet) {
        Row row = sheet.createRow(0);
        for (Column column : Column.values()) {
            row.createCell(column.ordinal()).setCellValue(column.header);
        }
    }

    private static void set(Row row, Column column, @Nullable String value) {
        if (value != null) {
            row.createCell(column.ordinal()).setCellValue(SpreadsheetText.neutral(value));
        }
    }

    private static @Nullable String text(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        // the export writes text that would read as a formula with a leading apostrophe: read back as it was
        return SpreadsheetText.restored(formatter.formatCellValue(cell));
    }

    private static <E extends Enum<E>> String label(Map<String, E> labels, E value) {
        return labels.entrySet().stream().filter(e -> e.getValue() == value && !e.getKey().matches("[A-Z_]+"))
                .map(Map.Entry::getKey).findFirst().orElse(value.name());
    }

    /** Chinese labels plus the enum names (upper case), as one lookup. */
    private static <E extends Enum<E>> Map<String, E> labels(Class<E> type, Map<String, E> chinese) {
        Map<String, E> all = new java.util.LinkedHashMap<>(chinese);
        EnumSet.allOf(type).forEach(value -> all.put(value.name(), value));
        return Map.copyOf(all);
    }

    static List<String> headers() {
        return Arrays.stream(Column.values()).map(c -> c.header).toList();
    }
}
