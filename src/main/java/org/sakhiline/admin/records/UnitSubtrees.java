package org.sakhiline.admin.records;

import jakarta.persistence.EntityManager;
import java.util.List;

/** A unit and every unit below it (16 levels at most: the tree has three or four). */
final class UnitSubtrees {

    private UnitSubtrees() {}

    static List<Long> of(EntityManager em, long root) {
        List<?> rows = em.createNativeQuery("""
                WITH RECURSIVE sub (id, depth) AS (
                    SELECT id, 0 FROM org_unit WHERE id = ?1
                    UNION ALL SELECT o.id, sub.depth + 1 FROM org_unit o JOIN sub ON o.parent_id = sub.id WHERE sub.depth < 16)
                SELECT id FROM sub""").setParameter(1, root).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
