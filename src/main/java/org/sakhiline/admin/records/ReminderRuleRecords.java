package org.sakhiline.admin.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.reminders.ReminderChannel;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.reminders.ReminderRuleRequest;
import org.sakhiline.reminders.ReminderRuleService;
import org.sakhiline.reminders.ReminderRuleView;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Reminder rules in the console: which rule applies to each unit of the reader's part of the tree, and
 * creating, changing and deactivating rules through {@link ReminderRuleService}, audited before and after.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ReminderRuleRecords {

    static final int PAGE_SIZE = 25;
    private static final List<String> KINDS = Arrays.stream(ReminderKind.values()).map(Enum::name).toList();
    private static final List<String> CHANNELS = List.of(ReminderChannel.SMS.name(), ReminderChannel.VOICE.name(),
            ReminderChannel.BOTH.name());

    /** Federations first, then village organisations, then groups: the order a rule is inherited in. */
    private static final String TOP_DOWN = "order by case when level in (org.sakhiline.books.org.OrgLevel.CLF,"
            + " org.sakhiline.books.org.OrgLevel.LSO) then 0 when level = org.sakhiline.books.org.OrgLevel.VO then 1"
            + " else 2 end, code";

    private final AccessScope scope;
    private final ReminderRuleService rules;
    private final AuditLog audit;
    private final EntityManager em;
    private final ConsoleWords words;

    public ReminderRuleRecords(AccessScope scope, ReminderRuleService rules, AuditLog audit, EntityManager em,
                               ConsoleWords words) {
        this.words = words;
        this.scope = scope;
        this.rules = rules;
        this.audit = audit;
        this.em = em;
    }

    /** Units of the reader's scope, or of {@code unitId}'s subtree, a page at a time, with their effective rules. */
    public ReminderRulesPage overview(Long unitId, int page) {
        Collection<Long> within;
        OrgUnit narrowed = null;
        if (unitId != null) {
            scope.requireUnit(unitId);
            narrowed = OrgUnit.findById(unitId);
            if (narrowed == null) {
                throw ConsoleErrors.notFound("org unit " + unitId);
            }
            within = subtreeOf(unitId);
        } else {
            within = scope.subtreeUnitIds();   // null: an administrator sees every unit
        }
        String where = within == null ? "" : "id in ?1 ";
        List<OrgUnit> units = (within == null ? OrgUnit.<OrgUnit>find(TOP_DOWN)
                : OrgUnit.<OrgUnit>find(where + TOP_DOWN, within)).page(page, PAGE_SIZE).list();
        long total = within == null ? OrgUnit.count() : within.size();

        Map<Long, OrgUnit> known = withAncestors(units);
        Map<Long, List<ReminderRuleView>> activeByUnit = rules.list(null, null, true, known.keySet()).stream()
                .collect(Collectors.groupingBy(ReminderRuleView::orgUnitId));
        List<ReminderRulesPage.UnitRules> rows = units.stream().map(u -> new ReminderRulesPage.UnitRules(u.id, u.code, u.name,
                u.level.name(), effective(u, known, activeByUnit, this::describe))).toList();

        List<ReminderRuleView> all = rules.list(null, null, null, within);
        Map<Long, Integer> rank = levelRanks(all.stream().map(ReminderRuleView::orgUnitId).collect(Collectors.toSet()));
        List<ReminderRulesPage.RuleRow> defined = all.stream()
                .sorted(java.util.Comparator.<ReminderRuleView>comparingInt(r -> rank.getOrDefault(r.orgUnitId(), 9))
                        .thenComparing(r -> codeOf(r.orgUnitId(), known)).thenComparing(r -> r.kind().ordinal()))
                .map(r -> new ReminderRulesPage.RuleRow(r.id(), codeOf(r.orgUnitId(), known), r.orgUnitId(), r.kind().name(),
                        describe(r), r.active(), words.timeIn(r.updatedAt(), r.orgUnitId()))).toList();
        Map<String, String> filters = new HashMap<>();
        if (unitId != null) {
            filters.put("unit", unitId.toString());
        }
        return new ReminderRulesPage(narrowed == null ? null : narrowed.code, unitId, KINDS, rows,
                Paging.of("/admin/reminder-rules", filters, page, PAGE_SIZE, total), defined, null);
    }

    public ReminderRuleFormPage newForm(Long unitId, String kind) {
        String code = "";
        if (unitId != null) {
            scope.requireUnit(unitId);
            code = OrgUnit.<OrgUnit>findByIdOptional(unitId).map(u -> u.code).orElse("");
        }
        ReminderKind k = KINDS.contains(kind) ? ReminderKind.valueOf(kind) : null;
        return formPage(null, ReminderRuleForm.blank(code, k));
    }

    public ReminderRuleFormPage editForm(long ruleId) {
        scope.requireReminderRule(ruleId);
        ReminderRuleView r = existing(ruleId);
        OrgUnit unit = OrgUnit.findById(r.orgUnitId());
        return formPage(ruleId, ReminderRuleForm.of(r, unit.code));
    }

    public ReminderRuleFormPage formPage(Long ruleId, ReminderRuleForm form) {
        return new ReminderRuleFormPage(ruleId, form, KINDS, CHANNELS, null);
    }

    @Transactional
    public ReminderRuleView create(ReminderRuleForm form) {
        ReminderRuleRequest request = form.toRequest(unitIdOf(form.orgUnitCode));
        ReminderRuleView created = rules.create(request);
        audit.record(AuditEntry.of("reminderRule.create", "reminderRule", created.id(), created.orgUnitId(),
                "New " + created.kind() + " rule for " + form.orgUnitCode.strip() + ": " + forAudit(created), null, created));
        return created;
    }

    @Transactional
    public ReminderRuleView update(long ruleId, ReminderRuleForm form) {
        scope.requireReminderRule(ruleId);
        ReminderRuleView before = existing(ruleId);
        ReminderRuleRequest request = form.toRequest(unitIdOf(form.orgUnitCode));
        ReminderRuleView after = rules.update(ruleId, request);
        audit.record(AuditEntry.of("reminderRule.update", "reminderRule", ruleId, after.orgUnitId(),
                "Changed " + after.kind() + " rule " + ruleId + ": " + forAudit(after), before, after));
        return after;
    }

    @Transactional
    public ReminderRuleView deactivate(long ruleId) {
        scope.requireReminderRule(ruleId);
        ReminderRuleView before = existing(ruleId);
        ReminderRuleView after = rules.deactivate(ruleId);
        audit.record(AuditEntry.of("reminderRule.deactivate", "reminderRule", ruleId, after.orgUnitId(),
                "Deactivated " + after.kind() + " rule " + ruleId, before, after));
        return after;
    }

    private ReminderRuleView existing(long ruleId) {
        try {
            return rules.get(ruleId);
        } catch (NotFoundException e) {
            throw ConsoleErrors.notFound("reminder rule " + ruleId);
        }
    }

    /** In the reader's language: "1 day before at 18:00 by SMS, only between 08:00 and 20:00". */
    String describe(ReminderRuleView r) {
        return describe(r, words.bundle(RecordMessages.class), words::enumWord);
    }

    /** The audit log keeps English, whoever reads it later. */
    private static String forAudit(ReminderRuleView r) {
        return describe(r, ConsoleWords.bundle(RecordMessages.class, "en"), e -> e.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** When it goes, by what, inside which sending hours; overdue rules say how often they repeat. */
    static String describe(ReminderRuleView r, RecordMessages m, java.util.function.Function<Enum<?>, String> word) {
        String when = switch (r.kind()) {
            case LOAN_OVERDUE -> m.rr_d_after(r.daysOffset());
            default -> r.daysOffset() == 0 ? m.rr_d_same() : m.rr_d_before(r.daysOffset());
        };
        String repeat = r.maxSends() > 1 ? m.rr_repeats(r.repeatEveryDays(), r.maxSends()) : "";
        return m.rr_describe(when, ConsoleText.time(r.sendAt()), word.apply(r.channel()), ConsoleText.time(r.windowStart()),
                ConsoleText.time(r.windowEnd())) + repeat;
    }

    private long unitIdOf(String code) {
        OrgUnit unit = code == null || code.isBlank() ? null : OrgUnit.findByCode(code.strip()).orElse(null);
        if (unit == null) {
            throw new InvalidInputException("orgUnitCode", "no org unit has the code '" + (code == null ? "" : code.strip()) + "'");
        }
        scope.requireUnit(unit.id);
        return unit.id;
    }

    /** Per kind: the unit's own active rule, else the nearest ancestor's (the planner's rule, computed in memory). */
    private static List<ReminderRulesPage.Effective> effective(OrgUnit unit, Map<Long, OrgUnit> known,
                                                              Map<Long, List<ReminderRuleView>> activeByUnit,
                                                              java.util.function.Function<ReminderRuleView, String> describe) {
        Map<ReminderKind, ReminderRulesPage.Effective> out = new EnumMap<>(ReminderKind.class);
        OrgUnit at = unit;
        for (int depth = 0; at != null && depth < 16; depth++) {
            for (ReminderRuleView r : activeByUnit.getOrDefault(at.id, List.of())) {
                boolean own = at.id.equals(unit.id);
                out.putIfAbsent(r.kind(), new ReminderRulesPage.Effective(r.kind().name(), describe.apply(r), own ? r.id() : null,
                        own ? null : at.code));
            }
            at = at.parentId == null ? null : known.get(at.parentId);
        }
        List<ReminderRulesPage.Effective> list = new ArrayList<>();
        for (ReminderKind k : ReminderKind.values()) {
            list.add(out.getOrDefault(k, new ReminderRulesPage.Effective(k.name(), null, null, null)));
        }
        return list;
    }

    /** The units and every ancestor of them, by id (one query per level of the tree). */
    private static Map<Long, OrgUnit> withAncestors(List<OrgUnit> units) {
        Map<Long, OrgUnit> known = new HashMap<>();
        units.forEach(u -> known.put(u.id, u));
        Set<Long> missing = parentsNotIn(units, known);
        for (int depth = 0; !missing.isEmpty() && depth < 16; depth++) {
            List<OrgUnit> parents = OrgUnit.list("id in ?1", missing);
            parents.forEach(u -> known.put(u.id, u));
            missing = parentsNotIn(parents, known);
        }
        return known;
    }

    private static Set<Long> parentsNotIn(List<OrgUnit> units, Map<Long, OrgUnit> known) {
        Set<Long> ids = new HashSet<>();
        for (OrgUnit u : units) {
            if (u.parentId != null && !known.containsKey(u.parentId)) {
                ids.add(u.parentId);
            }
        }
        return ids;
    }

    /** 0 federation, 1 VO, 2 group, per unit id. */
    private static Map<Long, Integer> levelRanks(Set<Long> unitIds) {
        Map<Long, Integer> rank = new HashMap<>();
        if (!unitIds.isEmpty()) {
            for (OrgUnit u : OrgUnit.<OrgUnit>list("id in ?1", unitIds)) {
                rank.put(u.id, switch (u.level) {
                    case CLF, LSO -> 0;
                    case VO -> 1;
                    case SHG, CO -> 2;
                });
            }
        }
        return rank;
    }

    private static String codeOf(long unitId, Map<Long, OrgUnit> known) {
        OrgUnit u = known.get(unitId);
        if (u == null) {
            u = OrgUnit.findById(unitId);
        }
        return u == null ? Long.toString(unitId) : u.code;
    }

    private List<Long> subtreeOf(long root) {
        return UnitSubtrees.of(em, root);
    }
}
