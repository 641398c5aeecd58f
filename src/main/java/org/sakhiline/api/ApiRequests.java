package org.sakhiline.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;

/** Request bodies of the admin API that differ from the service inputs. */
public final class ApiRequests {

    private ApiRequests() {}

    /** Deposit or withdrawal. */
    public enum Direction { DEPOSIT, WITHDRAWAL }

    /** Fields shared by every money posting; defaults: value date today, channel API, actor api:admin. */
    public record Posting(LocalDate valueDate, Channel channel, @Size(max = 64) String actor, @Size(max = 64) String externalRef,
                   @Size(max = 200) String note) {
        static final Posting DEFAULTS = new Posting(null, null, null, null, null);

        PostingContext context(String idempotencyKey) {
            return new PostingContext(idempotencyKey, channel == null ? Channel.API : channel,
                    actor == null || actor.isBlank() ? "api:admin" : actor,
                    valueDate == null ? LocalDate.now() : valueDate, externalRef, note);
        }
    }

    public record SavingsPost(@NotNull Direction type, @NotNull @Positive Long amountPaise, LocalDate valueDate, Channel channel,
                       @Size(max = 64) String actor, @Size(max = 64) String externalRef, @Size(max = 200) String note) {
        Posting posting() {
            return new Posting(valueDate, channel, actor, externalRef, note);
        }
    }

    public record Repayment(@NotNull @Positive Long amountPaise, LocalDate valueDate, Channel channel, @Size(max = 64) String actor,
                     @Size(max = 64) String externalRef) {
        Posting posting() {
            return new Posting(valueDate, channel, actor, externalRef, null);
        }
    }

    public record LoanTerms(@NotNull Long memberId, @NotNull FundSource fundSource, @NotNull @Positive Long principalPaise,
                @NotNull ChargeMethod chargeMethod, @NotNull @PositiveOrZero @Max(100_000) Integer rateBp,
                @NotNull RatePeriod ratePeriod, @NotNull LoanFrequency frequency,
                @NotNull @Min(1) @Max(520) Integer instalmentCount, @NotNull LocalDate disbursalDate,
                @NotNull LocalDate firstDueDate, @PositiveOrZero @Max(365) Integer graceDays) {
        NewLoan toNewLoan() {
            return new NewLoan(memberId, fundSource, principalPaise, chargeMethod, rateBp, ratePeriod, frequency,
                    instalmentCount, disbursalDate, firstDueDate, graceDays == null ? 0 : graceDays);
        }
    }

    public record Pin(@NotNull @Pattern(regexp = "[0-9]{4}", message = "must be exactly 4 digits") String pin) {}

    public record Attendance(@NotNull List<@NotNull Long> presentMemberIds) {}

    public record MeetingRange(@NotNull LocalDate from, @NotNull LocalDate to) {}
}
