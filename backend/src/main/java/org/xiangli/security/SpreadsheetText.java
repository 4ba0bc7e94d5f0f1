package org.xiangli.security;

/**
 * Text the platform writes into a workbook cell. A cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return becomes a live formula once someone edits it or
 * saves the sheet as CSV (a payee named {@code =HYPERLINK(…)} would run in an official's office);
 * such text is written with a leading apostrophe, which spreadsheets show as text, and the talent
 * import reads it back without it. Every workbook the platform writes goes through {@link #neutral}.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text as it is safe to write into a cell. */
    public static String neutral(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A cell text written by {@link #neutral}, as it was before. */
    public static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
