package org.sakhiline.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/** Administrators' view of reminder rules: list, create, update, deactivate, and what applies to a group. */
@ApplicationScoped
@Transactional
public class ReminderRuleService {

    static final LocalTime DEFAULT_WINDOW_START = LocalTime.of(8, 0);
    static final LocalTime DEFAULT_WINDOW_END = LocalTime.of(20, 0);

    @Inject
    Clock clock;

    @Transactional(TxType.SUPPORTS)
    public List<ReminderRuleView> list(Long orgUnitId, ReminderKind kind, Boolean active) {
        return list(orgUnitId, kind, active, null);
    }

    /** As {@link #list(Long, ReminderKind, Boolean)}, limited to rules of the units in {@code withinUnits} (null: no limit). */
    @Transactional(TxType.SUPPORTS)
    public List<ReminderRuleView> list(Long orgUnitId, ReminderKind kind, Boolean active, Collection<Long> withinUnits) {
        if (withinUnits != null && withinUnits.isEmpty()) {
            return List.of();
        }
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (withinUnits != null) {
            args.add(withinUnits);
            q.append(" and orgUnitId in ?").append(args.size());
        }
        if (orgUnitId != null) {
            args.add(orgUnitId);
            q.append(" and orgUnitId = ?").append(args.size());
        }
        if (kind != null) {
            args.add(kind);
            q.append(" and kind = ?").append(args.size());
        }
        if (active != null) {
            args.add(active);
            q.append(" and active = ?").append(args.size());
        }
        q.append(" order by id");
        return ReminderRule.<ReminderRule>list(q.toString(), args.toArray()).stream().map(ReminderRuleView::of).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public ReminderRuleView get(long id) {
        return ReminderRuleView.of(rule(id));
    }

    public ReminderRuleView create(ReminderRuleRequest req) {
        ReminderRule r = new ReminderRule();
        r.createdAt = clock.instant();
        apply(r, req);
        r.persist();
        return ReminderRuleView.of(r);
    }

    public ReminderRuleView update(long id, ReminderRuleRequest req) {
        ReminderRule r = rule(id);
        apply(r, req);
        return ReminderRuleView.of(r);
    }

    /** Deactivates (rules are kept as history; the dedupe keys of sent reminders name them). */
    public ReminderRuleView deactivate(long id) {
        ReminderRule r = rule(id);
        r.active = false;
        r.updatedAt = clock.instant();
        return ReminderRuleView.of(r);
    }

    /** The rule that applies to a group for each kind: its own, else its VO's, else its federation's. */
    @Transactional(TxType.SUPPORTS)
    public Map<ReminderKind, ReminderRuleView> effective(long groupId) {
        OrgUnit group = OrgUnit.findById(groupId);
        if (group == null) {
            throw new NotFoundException("org unit", groupId);
        }
        // The units up the tree and their active rules, for the one "nearest unit wins" rule the planner uses too.
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, List<EffectiveRule>> rulesByUnit = new HashMap<>();
        Map<Long, ReminderRule> byId = new HashMap<>();
        OrgUnit unit = group;
        for (int depth = 0; unit != null && depth < 16; depth++) {
            parents.put(unit.id, unit.parentId);
            for (ReminderRule r : ReminderRule.<ReminderRule>list("orgUnitId = ?1 and active = true", unit.id)) {
                rulesByUnit.computeIfAbsent(unit.id, k -> new ArrayList<>()).add(EffectiveRule.of(r));
                byId.put(r.id, r);
            }
            unit = unit.parentId == null ? null : OrgUnit.findById(unit.parentId);
        }
        Map<ReminderKind, ReminderRuleView> out = new EnumMap<>(ReminderKind.class);
        EffectiveRule.forGroup(group.id, group.parentId, parents, rulesByUnit)
                .forEach((kind, rule) -> out.put(kind, ReminderRuleView.of(byId.get(rule.id()))));
        return out;
    }

    private void apply(ReminderRule r, ReminderRuleRequest req) {
        if (OrgUnit.findById(req.orgUnitId()) == null) {
            throw new InvalidInputException("orgUnitId", "no org unit " + req.orgUnitId());
        }
        if (req.channel() == ReminderChannel.NONE) {
            throw new InvalidInputException("channel", "must be SMS, VOICE or BOTH");
        }
        boolean overdue = req.kind() == ReminderKind.LOAN_OVERDUE;
        int maxSends = req.maxSends() != null ? req.maxSends() : overdue ? 3 : 1;
        Integer every = req.repeatEveryDays() != null ? req.repeatEveryDays() : overdue && maxSends > 1 ? Integer.valueOf(7) : null;
        if (!overdue && (maxSends != 1 || every != null)) {
            throw new InvalidInputException("maxSends", "only LOAN_OVERDUE reminders repeat");
        }
        if (overdue && req.daysOffset() < 1) {
            throw new InvalidInputException("daysOffset", "an overdue reminder starts at least 1 day after the due date");
        }
        LocalTime start = req.windowStart() != null ? req.windowStart() : DEFAULT_WINDOW_START;
        LocalTime end = req.windowEnd() != null ? req.windowEnd() : DEFAULT_WINDOW_END;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("windowEnd", "must be after windowStart");
        }
        // On the day itself a send time past the window would move to the next morning — after the date.
        if (!overdue && req.daysOffset() < 1 && req.sendAt() != null
                && (req.sendAt().isBefore(start) || !req.sendAt().isBefore(end))) {
            throw new InvalidInputException("sendAt", "a same-day reminder must be sent inside the window "
                    + start + "–" + end);
        }
        boolean active = req.active() == null || req.active();
        if (active) {
            ReminderRule other = ReminderRule.activeFor(req.orgUnitId(), req.kind()).orElse(null);
            if (other != null && !other.id.equals(r.id)) {
                throw new ConflictException(ConflictException.DUPLICATE, "org unit " + req.orgUnitId() + " already has active "
                        + req.kind() + " rule " + other.id + "; update or deactivate it");
            }
        }
        r.orgUnitId = req.orgUnitId();
        r.kind = req.kind();
        r.daysOffset = req.daysOffset();
        r.sendAt = req.sendAt();
        r.maxSends = maxSends;
        r.repeatEveryDays = every;
        r.channel = req.channel();
        r.windowStart = start;
        r.windowEnd = end;
        r.active = active;
        r.updatedAt = clock.instant();
    }

    private static ReminderRule rule(long id) {
        ReminderRule r = ReminderRule.findById(id);
        if (r == null) {
            throw new NotFoundException("reminder rule", id);
        }
        return r;
    }
}
