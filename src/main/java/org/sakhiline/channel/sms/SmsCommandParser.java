package org.sakhiline.channel.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.channel.sms.SmsCommand.Keyword;

/**
 * Reads what people actually type: any case, extra spaces, punctuation ("Bal.", "bal?", "B-A-L"),
 * native digits (२, ২, ۲), English, Roman Hindi/Urdu and native-script keywords, the menu digits, and a
 * member selector glued on ("BAL2"). Keywords are compared after the same folding as the input (nukta
 * dropped, Arabic/Persian letter variants unified), so spelling variants match without listing each.
 */
public final class SmsCommandParser {

    private static final Map<String, Keyword> KEYWORDS = new HashMap<>();

    static {
        words(Keyword.BALANCE, "BAL", "BALANCE", "BALANS", "SAVING", "SAVINGS", "BACHAT", "BACHAAT", "BACHT", "JAMA",
                "1", "बचत", "जमा", "बैलेंस", "بچت", "جمع", "بیلنس", "সঞ্চয়", "জমা", "ব্যালেন্স");
        words(Keyword.LOAN, "LOAN", "LOANS", "KARZ", "KARJ", "KARZA", "KARJA", "KARAZ", "QARZ", "QARZA", "RIN", "RINN",
                "KISHT", "KIST", "QIST", "QISHT", "DUE", "DUES", "2", "कर्ज", "कर्जा", "क़र्ज़", "ऋण", "लोन", "किस्त", "किश्त",
                "قرض", "قرضہ", "قسط", "لون", "ঋণ", "লোন", "কিস্তি");
        words(Keyword.MEETING, "MEET", "MEETING", "MTG", "BAITHAK", "BAITHAKA", "BETHAK", "BAITHAQ", "SABHA", "3",
                "बैठक", "मीटिंग", "सभा", "میٹنگ", "اجلاس", "بیٹھک", "ميٽنگ", "সভা", "বৈঠক", "মিটিং", "মীটিং", "মীফম");
        words(Keyword.STATEMENT, "STMT", "STATEMENT", "MINI", "HISAB", "HISAAB", "LENDEN", "LEN DEN", "KHATA", "4",
                "हिसाब", "लेनदेन", "लेन देन", "खाता", "حساب", "لین دین", "کھاتہ", "ليڻ ڏيڻ", "হিসাব", "লেনদেন", "হিচাপ");
        words(Keyword.LANGUAGE, "LANG", "LANGUAGE", "BHASHA", "BHASA", "ZABAN", "ZUBAN", "BOLI",
                "भाषा", "ज़बान", "زبان", "ٻولي", "ভাষা", "লোল");
        words(Keyword.HELP, "HELP", "INFO", "MENU", "MADAD", "SAHAYATA", "0", "मदद", "सहायता", "مدد", "সাহায্য", "সহায়");
        // Twilio's default opt-out and opt-in keywords.
        words(Keyword.STOP, "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT");
        words(Keyword.START, "START", "UNSTOP", "SUBSCRIBE");
        words(Keyword.DEPOSIT, "DEP", "DEPOSIT");
        words(Keyword.REPAYMENT, "REP", "REPAY", "REPAYMENT");
        words(Keyword.YES, "YES", "Y", "HAAN", "HAN", "OK", "हाँ", "हां", "ہاں", "হ্যাঁ");
        words(Keyword.NO, "NO", "N", "NAHI", "NAHIN", "नहीं", "نہیں", "না");
        words(Keyword.UNDO, "UNDO", "REVERSE");
        // Meeting day: "this receipt is wrong", as members write it in each language and script.
        words(Keyword.WRONG, "WRONG", "GALAT", "GALT", "GHALAT", "GALATH", "BHUL", "BHOOL", "BHUUL", "ARANBA",
                "गलत", "ग़लत", "غلط", "ভুল", "অরানবা");
    }

    private SmsCommandParser() {}

    private static void words(Keyword k, String... spellings) {
        for (String s : spellings) {
            Keyword earlier = KEYWORDS.put(fold(s), k);
            if (earlier != null && earlier != k) {
                throw new IllegalStateException("keyword " + s + " means both " + earlier + " and " + k);
            }
        }
    }

    public static SmsCommand parse(String body) {
        List<String> tokens = tokens(body);
        if (tokens.isEmpty()) {
            return new SmsCommand(Keyword.EMPTY, "", List.of());
        }
        Keyword k = KEYWORDS.get(fold(tokens.get(0)));
        if (k != null) {
            return new SmsCommand(k, tokens.get(0), List.copyOf(tokens.subList(1, tokens.size())));
        }
        if (tokens.size() >= 2) {
            k = KEYWORDS.get(fold(tokens.get(0) + tokens.get(1)));
            if (k != null) {
                return new SmsCommand(k, tokens.get(0) + " " + tokens.get(1), List.copyOf(tokens.subList(2, tokens.size())));
            }
        }
        // "BAL2": a keyword with the member selector glued on.
        String first = tokens.get(0);
        int cut = first.length();
        while (cut > 0 && Character.isDigit(first.charAt(cut - 1))) {
            cut--;
        }
        if (cut > 0 && cut < first.length() && first.length() - cut <= 2) {
            k = KEYWORDS.get(fold(first.substring(0, cut)));
            if (k != null) {
                List<String> args = new ArrayList<>();
                args.add(first.substring(cut));
                args.addAll(tokens.subList(1, tokens.size()));
                return new SmsCommand(k, first.substring(0, cut), List.copyOf(args));
            }
        }
        return new SmsCommand(Keyword.UNKNOWN, first, List.copyOf(tokens.subList(1, tokens.size())));
    }

    /** Words split on any white space, ends trimmed of punctuation, native digits made ASCII, upper-cased. */
    static List<String> tokens(String body) {
        List<String> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        String text = Normalizer.normalize(body, Normalizer.Form.NFC);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(word, out);
            } else if (Character.getType(cp) == Character.FORMAT) {
                continue; // zero-width joiners and marks some keyboards insert
            } else if (Character.isDigit(cp)) {
                word.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        int start = 0;
        int end = word.length();
        while (start < end && !wordChar(word.codePointAt(start)) && !signedNumber(word, start)) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !wordChar(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        if (end > start) {
            out.add(word.substring(start, end).toUpperCase(Locale.ROOT));
        }
        word.setLength(0);
    }

    /** "-5" must stay negative (and be refused), not be read as 5. */
    private static boolean signedNumber(StringBuilder word, int at) {
        return word.charAt(at) == '-' && at + 1 < word.length() && Character.isDigit(word.charAt(at + 1));
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** The comparison form of a keyword: letters, digits and marks only, nukta dropped, Arabic letters unified. */
    static String fold(String word) {
        String text = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x093C || cp == 0x09BC) {
                continue; // Devanagari and Bengali nukta: क़र्ज़ = कर्ज, য় = য
            }
            if (Character.isDigit(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                sb.appendCodePoint(switch (cp) {
                    case 0x064A, 0x0649 -> 0x06CC; // Arabic yeh, alef maksura → Farsi yeh
                    case 0x0643 -> 0x06A9;         // Arabic kaf → keheh
                    case 0x0647, 0x06D5, 0x0629 -> 0x06C1; // heh, ae, teh marbuta → heh goal
                    default -> Character.toUpperCase(cp);
                });
            }
        }
        return sb.toString();
    }
}
