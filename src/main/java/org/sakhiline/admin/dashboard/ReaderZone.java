package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import org.sakhiline.access.AccessScope;

/**
 * The zone a reader's pages are written in when a page is about her whole part of the federation (the dashboard,
 * her imports): her scope root's country; for an administrator India when any unit is Indian (or none exists yet),
 * else Pakistan.
 */
@ApplicationScoped
public class ReaderZone {

    private final AccessScope access;
    private final EntityManager em;

    public ReaderZone(AccessScope access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    public ZoneId zone() {
        Long root = access.scopeRoot();
        String country = (String) em.createNativeQuery(root == null
                        ? "SELECT CASE WHEN EXISTS (SELECT 1 FROM org_unit WHERE country = 'IN') OR NOT EXISTS (SELECT 1 FROM org_unit)"
                          + " THEN 'IN' ELSE 'PK' END"
                        : "SELECT country FROM org_unit WHERE id = " + root.longValue())
                .getResultList().stream().findFirst().orElse("IN");
        return LocalTimes.zoneOf(country);
    }
}
