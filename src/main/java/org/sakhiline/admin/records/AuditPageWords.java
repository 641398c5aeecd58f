package org.sakhiline.admin.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.books.members.Member;

/**
 * An audit row in words, in the reader's language: "Reversed a savings entry of ₹500 for Rekha Kumari" rather than
 * "savings.reverse on savingsTxn 820", and before/after as a table of fields with rupees in Indian grouping and times
 * in the unit's zone instead of raw JSON in paise.
 */
@ApplicationScoped
public class AuditPageWords {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final int DEPTH = 2;

    private final ConsoleWords words;   // request scoped: a proxy to this request's
    private final ObjectMapper json;
    private final EntityManager em;

    public AuditPageWords(ConsoleWords words, ObjectMapper json, EntityManager em) {
        this.words = words;
        this.json = json;
        this.em = em;
    }

    /** What happened, as a sentence. */
    public String sentence(String action, String entityType, String entityId, JsonNode before, JsonNode after, Long orgUnitId) {
        if ("savings.reverse".equals(action)) {
            JsonNode txn = after == null ? null : after.path("transaction");
            long paise = txn == null ? 0 : txn.path("amountPaise").asLong(0);
            Member member = entityId == null || !numeric(entityId) ? null : memberOfSavingsTxn(Long.parseLong(entityId));
            String no = entityId == null ? "" : entityId;
            return paise == 0 || member == null ? words.msg().audit_savings_reverse_plain(no)
                    : words.msg().audit_savings_reverse(no, words.rupees(paise, country(orgUnitId)), member.name);
        }
        String did = words.message("audit_did_" + action.replace('.', '_'));
        if (did == null) {
            did = words.msg().audit_did_other(thing(entityType));
        }
        if ("member".equals(entityType) && entityId != null) {
            Member member = numeric(entityId) ? Member.findById(Long.valueOf(entityId)) : null;
            if (member != null) {
                return words.msg().audit_member_change(did, member.name);
            }
        }
        return did;
    }

    /** Every field of before and after (nested objects one level deep), in recorded order, values in words. */
    public List<AuditPage.Change> changes(JsonNode before, JsonNode after, Long orgUnitId) {
        Map<String, JsonNode> was = new LinkedHashMap<>();
        Map<String, JsonNode> is = new LinkedHashMap<>();
        flatten("", before, was, 0);
        flatten("", after, is, 0);
        List<String> fields = new ArrayList<>(was.keySet());
        is.keySet().stream().filter(k -> !was.containsKey(k)).forEach(fields::add);
        List<AuditPage.Change> changes = new ArrayList<>();
        for (String field : fields) {
            String b = value(field, was.get(field), orgUnitId);
            String a = value(field, is.get(field), orgUnitId);
            changes.add(new AuditPage.Change(label(field), b, a, !b.equals(a)));
        }
        return changes;
    }

    public JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return json.readTree(raw);
        } catch (java.io.IOException e) {
            return json.getNodeFactory().textNode(raw);   // cut at the length limit: shown as recorded
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out, int depth) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject() && depth < DEPTH) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out, depth + 1);
            }
        } else {
            out.put(prefix.isEmpty() ? "value" : prefix, node);
        }
    }

    private String value(String field, JsonNode node, Long orgUnitId) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? words.msg().audit_yes() : words.msg().audit_no();
        }
        if (node.isNumber() && field.endsWith("Paise")) {
            return words.rupees(node.asLong(), country(orgUnitId));
        }
        if (node.isTextual()) {
            String text = node.asText();
            if (CODE.matcher(text).matches()) {
                return text.toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            if (text.length() >= 20 && text.charAt(4) == '-' && text.contains("T")) {
                try {
                    return words.time(Instant.parse(text), words.zoneOf(orgUnitId));
                } catch (DateTimeParseException notAnInstant) {
                    return text;
                }
            }
            return text;
        }
        return node.isContainerNode() ? node.toString() : node.asText();
    }

    /** "transaction.amountPaise" → "transaction · amount"; "balancePaise" → "balance"; "memberId" → "member id". */
    static String label(String field) {
        StringBuilder out = new StringBuilder();
        for (String part : field.split("\\.")) {
            String word = part.endsWith("Paise") ? part.substring(0, part.length() - 5) : part;
            word = word.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('_', ' ');
            out.append(out.isEmpty() ? "" : " · ").append(word);
        }
        return out.toString();
    }

    private Member memberOfSavingsTxn(long txnId) {
        List<?> ids = em.createNativeQuery("SELECT member_id FROM savings_txn WHERE id = ?1").setParameter(1, txnId)
                .getResultList();
        return ids.isEmpty() ? null : Member.findById(((Number) ids.get(0)).longValue());
    }

    private String thing(String entityType) {
        return label(entityType == null ? "record" : entityType);
    }

    private String country(Long orgUnitId) {
        return ZoneId.of("Asia/Karachi").equals(words.zoneOf(orgUnitId)) ? "PK" : "IN";
    }

    private static boolean numeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
