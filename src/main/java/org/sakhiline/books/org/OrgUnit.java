package org.sakhiline.books.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A node of the federation tree: CLF/LSO → VO → SHG/CO. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public OrgLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "CHAR(2)")
    public Country country;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "name_local", length = 200)
    public String nameLocal;

    @Column(length = 100)
    public String district;

    @Column(length = 100)
    public String block;

    @Column(length = 100)
    public String village;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Bumped by every console/API edit: an edit made from an older version is refused. */
    @Column(nullable = false)
    public long version;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public boolean isGroup() {
        return level == OrgLevel.SHG || level == OrgLevel.CO;
    }

    public static Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
