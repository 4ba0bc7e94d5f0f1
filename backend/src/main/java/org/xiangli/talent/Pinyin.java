package org.xiangli.talent;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pinyin keys of a name, so {@code dx} or {@code daixun} finds 戴勋. Characters with several
 * readings (多音字, e.g. 单 dan/shan) give every combination, capped at {@link #MAX_READINGS}
 * per name; latin letters and digits are kept as they are.
 */
final class Pinyin {

    static final int MAX_READINGS = 8;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** Initials and full pinyin of every reading of the name, lower case, without spaces. */
    static List<String> keys(String name) {
        List<String[]> syllables = new ArrayList<>();
        for (char c : name.toCharArray()) {
            String[] readings = readings(c);
            if (readings.length > 0) {
                syllables.add(readings);
            }
        }
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        combine(syllables, 0, new StringBuilder(), new StringBuilder(), full, initials);
        List<String> keys = new ArrayList<>(initials);
        keys.addAll(full);
        return keys;
    }

    /** Whether a query is latin letters only (spaces allowed): then it is matched as pinyin. */
    static boolean isPinyinQuery(String query) {
        return !query.isBlank() && query.strip().chars().allMatch(c -> c == ' ' || (c < 128 && Character.isLetter(c)));
    }

    /** A pinyin query as the index keeps it: lower case, no spaces. */
    static String normalise(String query) {
        return query.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String[] readings(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? new String[] {String.valueOf(Character.toLowerCase(c))} : new String[0];
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null ? new String[0] : new LinkedHashSet<>(List.of(readings)).toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("fixed pinyin format refused", e);
        }
    }

    private static void combine(List<String[]> syllables, int at, StringBuilder full, StringBuilder initials,
                                Set<String> fulls, Set<String> initialSet) {
        if (fulls.size() >= MAX_READINGS) {
            return;
        }
        if (at == syllables.size()) {
            if (!full.isEmpty()) {
                fulls.add(full.toString());
                initialSet.add(initials.toString());
            }
            return;
        }
        for (String reading : syllables.get(at)) {
            int fullLength = full.length();
            int initialsLength = initials.length();
            full.append(reading);
            initials.append(reading.charAt(0));
            combine(syllables, at + 1, full, initials, fulls, initialSet);
            full.setLength(fullLength);
            initials.setLength(initialsLength);
        }
    }
}
