package org.sakhiline.books.loans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.posting.AmountLimits;
import org.sakhiline.books.posting.ClientRequests;
import org.sakhiline.books.posting.IdempotentPost;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.posting.PostingLimits;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;
import org.sakhiline.support.RetriedOnConflict;

/**
 * Loans: creation with a generated schedule (rules in {@link LoanScheduleCalculator}), repayments and
 * their reversals, and dues.
 *
 * <p>A repayment locks the loan row, then allocates instalment by instalment in due order, each time
 * charge first and then principal, and updates the instalments' paid caches in the same transaction.
 * Paying more than the outstanding total is refused. A reversal mirrors the original allocations with
 * negative amounts and reopens the loan. Idempotency, client keys, amount limits and the refusal of an
 * exited member's postings work as in {@link org.sakhiline.books.savings.SavingsService}.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class LoanService {

    private static final int MAX_INSTALMENTS = 520;

    private final PostingLimits limits;

    public LoanService(PostingLimits limits) {
        this.limits = limits;
    }

    /**
     * Disburses a loan. {@code ctx} says who and through which channel, and carries the idempotency key;
     * its value date, reference and note are not used (the disbursal date is one of the terms).
     */
    @Transactional(TxType.SUPPORTS)
    public LoanSchedule create(NewLoan req, PostingContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        validate(req);
        AmountLimits.check("principalPaise", "a loan", req.principalPaise(), limits.maxLoanPrincipalPaise());
        return IdempotentPost.run(() -> {
            Member member = em().find(Member.class, req.memberId(), LockModeType.PESSIMISTIC_READ);
            if (member == null) {
                throw new NotFoundException("member", req.memberId());
            }
            ClientRequests.claim(em(), ctx);
            Optional<Loan> earlier = Loan.findByIdempotencyKey(ctx.idempotencyKey());
            if (earlier.isPresent()) {
                Loan l = earlier.get();
                if (!sameTerms(l, req)) {
                    throw ClientRequests.reused();
                }
                return schedule(l, true);
            }
            requireNotExited(member.status, member.id);
            if (member.status != MemberStatus.ACTIVE) {
                throw new BusinessRuleException(BusinessRuleException.INACTIVE, "member " + member.id + " is not active");
            }
            Loan loan = new Loan();
            loan.memberId = req.memberId();
            loan.fundSource = req.fundSource();
            loan.principalPaise = req.principalPaise();
            loan.chargeMethod = req.chargeMethod();
            loan.rateBp = req.rateBp();
            loan.ratePeriod = req.ratePeriod();
            loan.frequency = req.frequency();
            loan.instalmentCount = req.instalmentCount();
            loan.disbursalDate = req.disbursalDate();
            loan.firstDueDate = req.firstDueDate();
            loan.graceDays = req.graceDays();
            loan.status = LoanStatus.ACTIVE;
            loan.channel = ctx.channel();
            loan.actor = ctx.actor();
            loan.idempotencyKey = ctx.idempotencyKey();
            loan.persistAndFlush();
            for (LoanScheduleCalculator.Line line : LoanScheduleCalculator.schedule(terms(loan))) {
                LoanInstalment i = new LoanInstalment();
                i.loanId = loan.id;
                i.seq = line.seq();
                i.dueDate = line.dueDate();
                i.principalDuePaise = line.principalPaise();
                i.chargeDuePaise = line.chargePaise();
                i.persist();
            }
            LoanInstalment.flush();
            return schedule(loan, false);
        });
    }

    @Transactional(TxType.SUPPORTS)
    public LoanDetails details(long loanId) {
        Loan loan = Loan.findById(loanId);
        if (loan == null) {
            throw new NotFoundException("loan", loanId);
        }
        List<LoanDetails.InstalmentState> rows = em().createQuery("select new org.sakhiline.books.loans.LoanDetails$InstalmentState("
                        + "i.seq, i.dueDate, i.principalDuePaise, i.chargeDuePaise, i.principalPaidPaise, i.chargePaidPaise)"
                        + " from LoanInstalment i where i.loanId = ?1 order by i.seq", LoanDetails.InstalmentState.class)
                .setParameter(1, loanId).getResultList();
        long due = rows.stream().mapToLong(r -> r.principalDuePaise() + r.chargeDuePaise()).sum();
        long unpaid = rows.stream().mapToLong(LoanDetails.InstalmentState::unpaidPaise).sum();
        return new LoanDetails(loan.id, loan.memberId, loan.fundSource, loan.principalPaise, loan.chargeMethod,
                loan.rateBp, loan.ratePeriod, loan.frequency, loan.instalmentCount, loan.disbursalDate,
                loan.firstDueDate, loan.graceDays, loan.status, due, due - unpaid, unpaid, rows);
    }

    @Transactional(TxType.SUPPORTS)
    public List<LoanDetails> loansOf(long memberId) {
        return Loan.<Loan>list("memberId = ?1 order by id", memberId).stream().map(l -> details(l.id)).toList();
    }

    /** Refused with {@link BusinessRuleException#OVERPAYMENT} beyond the outstanding total. */
    @Transactional(TxType.SUPPORTS)
    public PostedRepayment repay(long loanId, long amountPaise, PostingContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        AmountLimits.check("amountPaise", "a repayment", amountPaise, limits.maxRepaymentPaise());
        return IdempotentPost.run(() -> {
            Loan loan = em().find(Loan.class, loanId, LockModeType.PESSIMISTIC_WRITE);
            if (loan == null) {
                throw new NotFoundException("loan", loanId);
            }
            ClientRequests.claim(em(), ctx);
            Optional<LoanRepayment> earlier = LoanRepayment.findByIdempotencyKey(ctx.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), loanId, amountPaise, null);
            }
            requireNotExited(borrowerStatus(loan), loan.memberId);
            List<LoanInstalment> schedule = lockedSchedule(loanId);
            long outstanding = schedule.stream().mapToLong(LoanInstalment::unpaidPaise).sum();
            if (amountPaise > outstanding) {
                throw new BusinessRuleException(BusinessRuleException.OVERPAYMENT,
                        "repayment of " + amountPaise + " paise exceeds the outstanding " + outstanding + " paise");
            }
            LoanRepayment r = newRepayment(loanId, amountPaise, null, ctx);
            long left = amountPaise;
            for (LoanInstalment i : schedule) {
                if (left == 0) {
                    break;
                }
                long charge = Math.min(left, i.chargeDuePaise - i.chargePaidPaise);
                long principal = Math.min(left - charge, i.principalDuePaise - i.principalPaidPaise);
                if (charge + principal > 0) {
                    allocate(r.id, i, charge, principal);
                    left -= charge + principal;
                }
            }
            loan.status = outstanding == amountPaise ? LoanStatus.CLOSED : LoanStatus.ACTIVE;
            Loan.flush();
            return result(r, outstanding - amountPaise, false);
        });
    }

    /**
     * Cancels a repayment by mirroring its allocations with negative amounts. At most one reversal per
     * repayment ({@link ConflictException#ALREADY_REVERSED}); a reversal cannot be reversed.
     */
    @Transactional(TxType.SUPPORTS)
    public PostedRepayment reverseRepayment(long repaymentId, PostingContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        return IdempotentPost.run(() -> {
            List<?> owner = em().createNativeQuery("SELECT loan_id FROM loan_repayment WHERE id = ?1 LOCK IN SHARE MODE")
                    .setParameter(1, repaymentId).getResultList();
            if (owner.isEmpty()) {
                throw new NotFoundException("loan repayment", repaymentId);
            }
            long loanId = ((Number) owner.get(0)).longValue();
            Loan loan = em().find(Loan.class, loanId, LockModeType.PESSIMISTIC_WRITE);
            LoanRepayment original = LoanRepayment.findById(repaymentId);
            ClientRequests.claim(em(), ctx);
            Optional<LoanRepayment> earlier = LoanRepayment.findByIdempotencyKey(ctx.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), loanId, -original.amountPaise, repaymentId);
            }
            requireNotExited(borrowerStatus(loan), loan.memberId);
            if (original.reversesRepaymentId != null) {
                throw new BusinessRuleException(BusinessRuleException.REVERSAL_OF_REVERSAL,
                        "repayment " + repaymentId + " is itself a reversal and cannot be reversed");
            }
            if (LoanRepayment.findReversalOf(repaymentId).isPresent()) {
                throw new ConflictException(ConflictException.ALREADY_REVERSED,
                        "repayment " + repaymentId + " has already been reversed");
            }
            Map<Long, LoanInstalment> byId = new LinkedHashMap<>();
            List<LoanInstalment> schedule = lockedSchedule(loanId);
            schedule.forEach(i -> byId.put(i.id, i));
            LoanRepayment reversal = newRepayment(loanId, -original.amountPaise, repaymentId, ctx);
            for (LoanAllocation a : LoanAllocation.ofRepayment(repaymentId)) {
                allocate(reversal.id, byId.get(a.instalmentId), -a.chargePaise, -a.principalPaise);
            }
            loan.status = LoanStatus.ACTIVE;
            Loan.flush();
            long outstanding = schedule.stream().mapToLong(LoanInstalment::unpaidPaise).sum();
            return result(reversal, outstanding, false);
        });
    }

    /**
     * Dues of the member's active loans on {@code asOf} (one query). {@code nextMeetingDate} bounds
     * "due"; when null, only instalments due on or before {@code asOf} count.
     */
    @Transactional(TxType.SUPPORTS)
    public LoanDues dues(long memberId, LocalDate asOf, LocalDate nextMeetingDate) {
        Objects.requireNonNull(asOf, "asOf");
        List<LoanDues.Unpaid> rows = em().createQuery("select new org.sakhiline.books.loans.LoanDues$Unpaid(l.id, l.fundSource,"
                        + " l.graceDays, i.dueDate, i.principalDuePaise - i.principalPaidPaise + i.chargeDuePaise - i.chargePaidPaise)"
                        + " from Loan l, LoanInstalment i where i.loanId = l.id and l.memberId = ?1 and l.status = ?2"
                        + " and (i.principalPaidPaise < i.principalDuePaise or i.chargePaidPaise < i.chargeDuePaise)"
                        + " order by l.id, i.seq", LoanDues.Unpaid.class)
                .setParameter(1, memberId).setParameter(2, LoanStatus.ACTIVE).getResultList();
        return LoanDues.of(memberId, asOf, nextMeetingDate, rows);
    }

    /** Her status, share-locked until commit so an exit waits for a posting in flight. */
    private static MemberStatus borrowerStatus(Loan loan) {
        return em().find(Member.class, loan.memberId, LockModeType.PESSIMISTIC_READ).status;
    }

    private static void requireNotExited(MemberStatus status, long memberId) {
        if (status == MemberStatus.EXITED) {
            throw new BusinessRuleException(BusinessRuleException.MEMBER_EXITED,
                    "member " + memberId + " has exited her group; nothing more can be posted to her books");
        }
    }

    private List<LoanInstalment> lockedSchedule(long loanId) {
        return em().createQuery("from LoanInstalment i where i.loanId = ?1 order by i.seq", LoanInstalment.class)
                .setParameter(1, loanId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static LoanRepayment newRepayment(long loanId, long amount, Long reverses, PostingContext ctx) {
        LoanRepayment r = new LoanRepayment();
        r.loanId = loanId;
        r.amountPaise = amount;
        r.reversesRepaymentId = reverses;
        r.channel = ctx.channel();
        r.actor = ctx.actor();
        r.valueDate = ctx.valueDate();
        r.idempotencyKey = ctx.idempotencyKey();
        r.externalRef = ctx.externalRef();
        r.sheetId = ctx.sheetId();
        r.persistAndFlush();
        return r;
    }

    private static void allocate(long repaymentId, LoanInstalment i, long charge, long principal) {
        LoanAllocation a = new LoanAllocation();
        a.repaymentId = repaymentId;
        a.instalmentId = i.id;
        a.chargePaise = charge;
        a.principalPaise = principal;
        a.persist();
        i.chargePaidPaise += charge;
        i.principalPaidPaise += principal;
    }

    private PostedRepayment replay(LoanRepayment earlier, long loanId, long amount, Long reverses) {
        if (earlier.loanId != loanId || earlier.amountPaise != amount
                || !Objects.equals(earlier.reversesRepaymentId, reverses)) {
            throw ClientRequests.reused();
        }
        Long totalDue = em().createQuery("select coalesce(sum(i.principalDuePaise + i.chargeDuePaise), 0)"
                + " from LoanInstalment i where i.loanId = ?1", Long.class).setParameter(1, loanId).getSingleResult();
        return result(earlier, totalDue - LoanRepayment.paidThrough(loanId, earlier.id), true);
    }

    private PostedRepayment result(LoanRepayment r, long outstandingAfter, boolean replayed) {
        List<PostedRepayment.Allocation> lines = em().createQuery("select new org.sakhiline.books.loans.PostedRepayment$Allocation("
                        + "i.seq, i.dueDate, a.chargePaise, a.principalPaise) from LoanAllocation a, LoanInstalment i"
                        + " where i.id = a.instalmentId and a.repaymentId = ?1 order by i.seq", PostedRepayment.Allocation.class)
                .setParameter(1, r.id).getResultList();
        return new PostedRepayment(r.id, r.loanId, r.amountPaise, r.reversesRepaymentId, outstandingAfter, r.valueDate,
                lines, replayed);
    }

    private static LoanSchedule schedule(Loan l, boolean replayed) {
        List<LoanScheduleCalculator.Line> lines = LoanInstalment.scheduleOf(l.id).stream()
                .map(i -> new LoanScheduleCalculator.Line(i.seq, i.dueDate, i.principalDuePaise, i.chargeDuePaise))
                .toList();
        return new LoanSchedule(l.id, l.memberId, l.fundSource, l.principalPaise, l.chargeMethod, l.rateBp,
                l.ratePeriod, l.frequency, l.instalmentCount, l.disbursalDate, l.firstDueDate, l.graceDays,
                lines.stream().mapToLong(LoanScheduleCalculator.Line::chargePaise).sum(), lines, replayed);
    }

    private static LoanScheduleCalculator.Terms terms(Loan l) {
        return new LoanScheduleCalculator.Terms(l.principalPaise, l.chargeMethod, l.rateBp, l.ratePeriod, l.frequency,
                l.instalmentCount, l.firstDueDate);
    }

    private static boolean sameTerms(Loan l, NewLoan r) {
        return l.memberId == r.memberId() && l.fundSource == r.fundSource() && l.principalPaise == r.principalPaise()
                && l.chargeMethod == r.chargeMethod() && l.rateBp == r.rateBp() && l.ratePeriod == r.ratePeriod()
                && l.frequency == r.frequency() && l.instalmentCount == r.instalmentCount()
                && l.disbursalDate.equals(r.disbursalDate()) && l.firstDueDate.equals(r.firstDueDate())
                && l.graceDays == r.graceDays();
    }

    private static void validate(NewLoan r) {
        Objects.requireNonNull(r, "loan");
        if (r.fundSource() == null) {
            throw new InvalidInputException("fundSource", "must not be null");
        }
        if (r.chargeMethod() == null) {
            throw new InvalidInputException("chargeMethod", "must not be null");
        }
        if (r.ratePeriod() == null) {
            throw new InvalidInputException("ratePeriod", "must not be null");
        }
        if (r.frequency() == null) {
            throw new InvalidInputException("frequency", "must not be null");
        }
        if (r.rateBp() < 0 || r.rateBp() > 100_000) {
            throw new InvalidInputException("rateBp", "must be 0..100000");
        }
        if (r.instalmentCount() < 1 || r.instalmentCount() > MAX_INSTALMENTS) {
            throw new InvalidInputException("instalmentCount", "must be 1.." + MAX_INSTALMENTS);
        }
        if (r.graceDays() < 0 || r.graceDays() > 365) {
            throw new InvalidInputException("graceDays", "must be 0..365");
        }
        if (r.disbursalDate() == null) {
            throw new InvalidInputException("disbursalDate", "must not be null");
        }
        if (r.firstDueDate() == null || r.firstDueDate().isBefore(r.disbursalDate())) {
            throw new InvalidInputException("firstDueDate", "must be on or after the disbursal date");
        }
    }

    private static EntityManager em() {
        return Loan.getEntityManager();
    }
}
