package org.sakhiline.admin.simulator;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.access.AccessScope;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.MenuBooks;

/**
 * Whom the simulator may pretend to be: members found by phone, member number or name, only inside the
 * signed-in user's part of the federation (STAFF: her subtree), and a phone only when every member on it
 * is hers to see.
 */
@RequestScoped
public class SimulatorMembers {

    static final int MAX_RESULTS = 20;

    /** A member as the picker lists her, with the phone the simulator will use. */
    public record Found(long memberId, String name, String nameNative, int memberNo, String shgCode, String language,
                        String phone) {
        public String phoneParam() {
            return java.net.URLEncoder.encode(phone, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final EntityManager em;
    private final AccessScope scope;
    private final MenuBooks books;

    public SimulatorMembers(EntityManager em, AccessScope scope, MenuBooks books) {
        this.em = em;
        this.scope = scope;
        this.books = books;
    }

    /** "+91..." an exact phone; 1–3 digits a member number; more digits the end of a phone; else part of a name. */
    public List<Found> search(String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT m.id, m.name, m.name_native, m.member_no, u.code, m.language, m.script, MIN(p.phone_e164)
                FROM member m JOIN org_unit u ON u.id = m.shg_id LEFT JOIN org_unit vo ON vo.id = u.parent_id
                JOIN member_phone p ON p.member_id = m.id
                WHERE m.status = 'ACTIVE'""");
        List<Object> params = new ArrayList<>();
        if (query.startsWith("+")) {
            sql.append(" AND m.id IN (SELECT member_id FROM member_phone WHERE phone_e164 = ?)");
            params.add(query.replaceAll("[\\s-]", ""));
        } else if (query.matches("[0-9]{1,3}")) {
            sql.append(" AND m.member_no = ?");
            params.add(Integer.parseInt(query));
        } else if (query.matches("[0-9]{4,15}")) {
            sql.append(" AND m.id IN (SELECT member_id FROM member_phone WHERE phone_e164 LIKE ?)");
            params.add("%" + query);
        } else {
            sql.append(" AND (m.name LIKE ? OR m.name_native LIKE ?)");
            String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        Long root = scope.scopeRoot();
        if (root != null) {
            sql.append(" AND (u.id = ? OR u.parent_id = ? OR vo.parent_id = ?)");
            params.add(root);
            params.add(root);
            params.add(root);
        }
        sql.append(" GROUP BY m.id, m.name, m.name_native, m.member_no, u.code, m.language, m.script ORDER BY m.name, m.id");
        var nq = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            nq.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nq.setMaxResults(MAX_RESULTS).getResultList();
        List<Found> found = new ArrayList<>();
        for (Object[] r : rows) {
            String lang = (String) r[5];
            boolean roman = "ROMAN".equals(r[6]) && !"en".equals(lang);
            found.add(new Found(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    (String) r[4], roman ? lang + "-Latn" : lang, (String) r[7]));
        }
        return found;
    }

    /**
     * Refuses a phone she may not pretend to be: STAFF need at least one member on it and every member
     * on it inside her subtree (a shared handset shows all of them). Administrators may try any phone,
     * an unknown one included, to see what a stranger gets.
     */
    public List<CallerMember> requirePhone(String phone) {
        List<CallerMember> members = books.membersForPhone(phone);
        if (scope.isAdmin()) {
            return members;
        }
        if (members.isEmpty()) {
            throw new ForbiddenException("no member in your part of the federation uses this phone");
        }
        members.forEach(m -> scope.requireMember(m.memberId()));
        return members;
    }
}
