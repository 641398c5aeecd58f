package org.sakhiline.demo;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Women's names as they are written in the groups' registers, in Latin letters and in each
 * language's own script. Pools are split by community where given names and surnames do not mix.
 */
final class DemoNames {

    /** A name in Latin letters and in native script (null for English speakers); the family name's index in its pool. */
    record Name(String latin, String nativeScript, int surnameIndex) {}

    /** Parallel arrays: given[i] is written givenNative[i] (same for surnames). */
    record Pool(String[] given, String[] givenNative, String[] surname, String[] surnameNative, boolean clanFirst,
                String suffix, String suffixNative) {
        Name pick(SplittableRandom rnd) {
            int g = rnd.nextInt(given.length);
            return withSurname(g, rnd.nextInt(surname.length));
        }

        Name withSurname(int g, int s) {
            String nativeGiven = givenNative == null ? null : givenNative[g];
            String nativeSurname = surnameNative == null ? null : surnameNative[s];
            if (clanFirst) {
                return new Name(surname[s] + " " + given[g] + " " + suffix,
                        nativeGiven == null ? null : nativeSurname + " " + nativeGiven + " " + suffixNative, s);
            }
            return new Name(given[g] + " " + surname[s], nativeGiven == null ? null : nativeGiven + " " + nativeSurname, s);
        }
    }

    private static Pool pool(String[][] given, String[][] surname) {
        return pool(given, surname, false, null, null);
    }

    private static Pool pool(String[][] given, String[][] surname, boolean clanFirst, String suffix, String suffixNative) {
        String[] g = new String[given.length];
        String[] gn = new String[given.length];
        for (int i = 0; i < given.length; i++) {
            g[i] = given[i][0];
            gn[i] = given[i].length > 1 ? given[i][1] : null;
        }
        String[] s = new String[surname.length];
        String[] sn = new String[surname.length];
        for (int i = 0; i < surname.length; i++) {
            s[i] = surname[i][0];
            sn[i] = surname[i].length > 1 ? surname[i][1] : null;
        }
        return new Pool(g, given[0].length > 1 ? gn : null, s, surname[0].length > 1 ? sn : null, clanFirst, suffix,
                suffixNative);
    }

    // Hindi (Devanagari): tea-garden communities of the Barak Valley.
    static final Pool HINDI = pool(new String[][] {
            {"Sunita", "सुनीता"}, {"Anita", "अनीता"}, {"Rekha", "रेखा"}, {"Pooja", "पूजा"}, {"Kamla", "कमला"},
            {"Savitri", "सावित्री"}, {"Geeta", "गीता"}, {"Meena", "मीना"}, {"Lakshmi", "लक्ष्मी"}, {"Radha", "राधा"},
            {"Sarita", "सरिता"}, {"Manju", "मंजू"}, {"Shanti", "शांति"}, {"Pushpa", "पुष्पा"}, {"Usha", "उषा"},
            {"Kiran", "किरण"}, {"Asha", "आशा"}, {"Babita", "बबीता"}, {"Rinku", "रिंकू"}, {"Phoolmati", "फूलमती"},
            {"Sushila", "सुशीला"}, {"Urmila", "उर्मिला"}, {"Parvati", "पार्वती"}, {"Sangita", "संगीता"},
            {"Mamta", "ममता"}, {"Kalawati", "कलावती"}},
            new String[][] {{"Devi", "देवी"}, {"Kumari", "कुमारी"}, {"Munda", "मुंडा"}, {"Oraon", "उरांव"},
                    {"Tanti", "तांती"}, {"Gowala", "ग्वाला"}, {"Kurmi", "कुर्मी"}, {"Karmakar", "कर्मकार"},
                    {"Bauri", "बाउरी"}, {"Yadav", "यादव"}, {"Nayak", "नायक"}, {"Lohar", "लोहार"}});

    // Bengali: Hindu and Muslim families of Cachar keep apart in naming.
    static final Pool BENGALI_HINDU = pool(new String[][] {
            {"Rina", "রিনা"}, {"Mitali", "মিতালী"}, {"Shibani", "শিবানী"}, {"Sabita", "সবিতা"}, {"Tumpa", "টুম্পা"},
            {"Rumi", "রুমি"}, {"Papiya", "পাপিয়া"}, {"Shampa", "শম্পা"}, {"Moumita", "মৌমিতা"}, {"Jharna", "ঝর্ণা"},
            {"Lipika", "লিপিকা"}, {"Chhanda", "ছন্দা"}, {"Anjana", "অঞ্জনা"}, {"Sumitra", "সুমিত্রা"},
            {"Shefali", "শেফালী"}, {"Rupa", "রূপা"}, {"Jayanti", "জয়ন্তী"}, {"Kakali", "কাকলি"}},
            new String[][] {{"Das", "দাস"}, {"Roy", "রায়"}, {"Dey", "দে"}, {"Paul", "পাল"}, {"Sarkar", "সরকার"},
                    {"Nath", "নাথ"}, {"Sinha", "সিনহা"}, {"Debnath", "দেবনাথ"}, {"Chakraborty", "চক্রবর্তী"},
                    {"Mazumder", "মজুমদার"}});
    static final Pool BENGALI_MUSLIM = pool(new String[][] {
            {"Nasima", "নাসিমা"}, {"Rahima", "রহিমা"}, {"Salma", "সালমা"}, {"Jahanara", "জাহানারা"},
            {"Amina", "আমিনা"}, {"Rokeya", "রোকেয়া"}, {"Hasina", "হাসিনা"}, {"Shahana", "শাহানা"}},
            new String[][] {{"Begum", "বেগম"}, {"Khatun", "খাতুন"}, {"Laskar", "লস্কর"}, {"Barbhuiya", "বড়ভূঁইয়া"}});

    // Assamese: Bengali-Assamese script with the Assamese letters ৰ and ৱ.
    static final Pool ASSAMESE = pool(new String[][] {
            {"Anima", "অণিমা"}, {"Bina", "বীণা"}, {"Dipali", "দীপালী"}, {"Jonali", "জোনালী"}, {"Junu", "জুনু"},
            {"Mamoni", "মামণি"}, {"Nirmali", "নিৰ্মলী"}, {"Pranita", "প্ৰণীতা"}, {"Rashmi", "ৰশ্মি"},
            {"Bornali", "বৰ্ণালী"}, {"Hiramoni", "হীৰামণি"}, {"Gitanjali", "গীতাঞ্জলি"}, {"Dipika", "দীপিকা"},
            {"Minakshi", "মীনাক্ষী"}, {"Pallabi", "পল্লৱী"}, {"Rupali", "ৰূপালী"}, {"Anjali", "অঞ্জলি"},
            {"Kalpana", "কল্পনা"}},
            new String[][] {{"Das", "দাস"}, {"Kalita", "কলিতা"}, {"Bora", "বৰা"}, {"Deka", "ডেকা"},
                    {"Saikia", "শইকীয়া"}, {"Baruah", "বৰুৱা"}, {"Nath", "নাথ"}, {"Gogoi", "গগৈ"},
                    {"Hazarika", "হাজৰিকা"}, {"Medhi", "মেধি"}, {"Talukdar", "তালুকদাৰ"}});

    // Manipuri (Meitei): family name first, then the given name and Devi; Bengali script as used in Cachar.
    static final Pool MANIPURI = pool(new String[][] {
            {"Thoibi", "থোইবী"}, {"Sanatombi", "সনাতোম্বী"}, {"Ibemhal", "ইবেমহল"}, {"Memcha", "মেমচা"},
            {"Tombi", "তোম্বী"}, {"Ibetombi", "ইবেতোম্বী"}, {"Bembem", "বেমবেম"}, {"Sanahanbi", "সনাহনবী"},
            {"Linthoi", "লিনথোই"}, {"Chaobi", "চাওবী"}, {"Premlata", "প্রেমলতা"}, {"Romita", "রোমিতা"},
            {"Bidyarani", "বিদ্যারাণী"}, {"Ranjita", "রঞ্জিতা"}},
            new String[][] {{"Ningthoujam", "নিংথৌজম"}, {"Laishram", "লাইশ্রম"}, {"Khumanthem", "খুমনথেম"},
                    {"Thoudam", "থৌদম"}, {"Moirangthem", "মোইরাংথেম"}, {"Keisham", "কৈশম"}, {"Yumnam", "য়ুমনাম"},
                    {"Huidrom", "হুইদ্রোম"}, {"Konsam", "কোনসম"}},
            true, "Devi", "দেবী");

    // Urdu (Arabic script, Urdu letters ی ہ ے).
    static final Pool URDU = pool(new String[][] {
            {"Fatima", "فاطمہ"}, {"Ayesha", "عائشہ"}, {"Zainab", "زینب"}, {"Nasreen", "نسرین"}, {"Rubina", "روبینہ"},
            {"Shazia", "شازیہ"}, {"Naseem", "نسیم"}, {"Parveen", "پروین"}, {"Shabana", "شبانہ"},
            {"Rukhsana", "رخسانہ"}, {"Samina", "ثمینہ"}, {"Kulsoom", "کلثوم"}, {"Razia", "رضیہ"}, {"Saima", "صائمہ"},
            {"Nargis", "نرگس"}, {"Farzana", "فرزانہ"}, {"Hajra", "ہاجرہ"}, {"Amina", "آمنہ"}, {"Rasheeda", "رشیدہ"},
            {"Jamila", "جمیلہ"}, {"Tahira", "طاہرہ"}},
            new String[][] {{"Bibi", "بی بی"}, {"Begum", "بیگم"}, {"Khatoon", "خاتون"}, {"Bano", "بانو"},
                    {"Akhtar", "اختر"}, {"Qureshi", "قریشی"}, {"Ansari", "انصاری"}, {"Shaikh", "شیخ"},
                    {"Rajput", "راجپوت"}, {"Arain", "آرائیں"}});

    // Sindhi (Arabic script, Sindhi letters ڪ ڻ ڀ ڇ and Arabic ي ه).
    static final Pool SINDHI_MUSLIM = pool(new String[][] {
            {"Marvi", "ماروي"}, {"Sassui", "سسئي"}, {"Zarina", "زرينه"}, {"Hameeda", "حميده"},
            {"Naseeban", "نصيبان"}, {"Bakhtawar", "بختاور"}, {"Sahiban", "صاحبان"}, {"Janat", "جنت"},
            {"Mumtaz", "ممتاز"}, {"Shahnaz", "شهناز"}, {"Haleema", "حليمه"}, {"Ameeran", "اميران"},
            {"Nooran", "نوران"}, {"Sakina", "سڪينه"}, {"Zubeda", "زبيده"}, {"Bashiran", "بشيران"}, {"Rani", "راڻي"}},
            new String[][] {{"Soomro", "سومرو"}, {"Memon", "ميمڻ"}, {"Jamali", "جمالي"}, {"Chandio", "چانڊيو"},
                    {"Khoso", "کوسو"}, {"Mallah", "ملاح"}, {"Laghari", "لغاري"}, {"Bhatti", "ڀٽي"}, {"Shar", "شر"},
                    {"Panhwar", "پنهور"}, {"Solangi", "سولنگي"}, {"Khaskheli", "خاصخيلي"}});
    static final Pool SINDHI_HINDU = pool(new String[][] {
            {"Lachhmi", "لڇمي"}, {"Champa", "چمپا"}, {"Sita", "سيتا"}, {"Kamla", "ڪملا"}, {"Radha", "رادا"}},
            new String[][] {{"Kolhi", "ڪولهي"}, {"Bheel", "ڀيل"}, {"Meghwar", "ميگهواڙ"}});

    // English speakers write their names in Latin letters only.
    static final Pool ENGLISH_IN = pool(new String[][] {{"Priya"}, {"Anjali"}, {"Rita"}, {"Neha"}, {"Jyoti"},
            {"Monika"}, {"Rosy"}, {"Mary"}, {"Grace"}, {"Esther"}},
            new String[][] {{"Sharma"}, {"Roy"}, {"Sinha"}, {"Das"}, {"Lakra"}, {"Ekka"}, {"Tirkey"}, {"Kujur"}});
    static final Pool ENGLISH_PK = pool(new String[][] {{"Sana"}, {"Maria"}, {"Hina"}, {"Sadia"}, {"Nadia"},
            {"Sarah"}, {"Rebecca"}},
            new String[][] {{"Khan"}, {"Baloch"}, {"Masih"}, {"Gill"}, {"Shah"}});

    private static final Map<String, Pool[]> BY_LANGUAGE_IN = Map.of(
            "hi", new Pool[] {HINDI}, "bn", new Pool[] {BENGALI_HINDU, BENGALI_HINDU, BENGALI_MUSLIM},
            "as", new Pool[] {ASSAMESE}, "mni", new Pool[] {MANIPURI}, "en", new Pool[] {ENGLISH_IN});
    private static final Map<String, Pool[]> BY_LANGUAGE_PK = Map.of(
            "ur", new Pool[] {URDU}, "sd", new Pool[] {SINDHI_MUSLIM, SINDHI_MUSLIM, SINDHI_MUSLIM, SINDHI_HINDU},
            "en", new Pool[] {ENGLISH_PK});

    static Pool poolFor(String country, String language, SplittableRandom rnd) {
        Pool[] pools = ("IN".equals(country) ? BY_LANGUAGE_IN : BY_LANGUAGE_PK).get(language);
        return pools[rnd.nextInt(pools.length)];
    }

    private DemoNames() {}
}
