package org.sakhiline.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;

/**
 * Request bodies of the admin API that differ from the service inputs.
 *
 * <p>Who posted and through which channel are not part of any posting body: the server records the signed-in
 * user ({@code console:<username>}) and channel {@code API}. A body that still names {@code actor} or
 * {@code channel} is refused (400, naming the field) rather than silently ignored, so no client believes it
 * set them. Amounts are whole paise ({@link WholePaise}); references and notes are the client's own words,
 * bounded and without control characters.
 */
public final class ApiRequests {

    private ApiRequests() {}

    static final String SERVER_SET = "is recorded by the server from your sign-in; leave it out";
    static final String PRINTABLE = "[^\\p{Cntrl}]*";
    static final String NO_CONTROL = "must not contain control characters";

    /** Deposit or withdrawal. */
    public enum Direction { DEPOSIT, WITHDRAWAL }

    /** Body of a reversal (optional); value date defaults to today. */
    @Schema(description = "Optional reversal details. The actor and channel are recorded by the server.")
    public record Posting(LocalDate valueDate,
                          @Size(max = 64) @Pattern(regexp = PRINTABLE, message = NO_CONTROL) String externalRef,
                          @Size(max = 200) @Pattern(regexp = PRINTABLE, message = NO_CONTROL) String note,
                          @Schema(hidden = true) @Null(message = SERVER_SET) Object actor,
                          @Schema(hidden = true) @Null(message = SERVER_SET) Object channel) {
        static final Posting DEFAULTS = new Posting(null, null, null, null, null);
    }

    @Schema(description = "A deposit or withdrawal. The actor (console:<your username>) and channel (API) are"
            + " recorded by the server; a body naming actor or channel is refused.")
    public record SavingsPost(@NotNull Direction type,
                              @NotNull @Positive @JsonDeserialize(using = WholePaise.class)
                              @Schema(description = "Whole paise, at most the configured limit for the type") Long amountPaise,
                              LocalDate valueDate,
                              @Size(max = 64) @Pattern(regexp = PRINTABLE, message = NO_CONTROL) String externalRef,
                              @Size(max = 200) @Pattern(regexp = PRINTABLE, message = NO_CONTROL) String note,
                              @Schema(hidden = true) @Null(message = SERVER_SET) Object actor,
                              @Schema(hidden = true) @Null(message = SERVER_SET) Object channel) {}

    @Schema(description = "A loan repayment. The actor and channel are recorded by the server.")
    public record Repayment(@NotNull @Positive @JsonDeserialize(using = WholePaise.class)
                            @Schema(description = "Whole paise, at most the configured repayment limit") Long amountPaise,
                            LocalDate valueDate,
                            @Size(max = 64) @Pattern(regexp = PRINTABLE, message = NO_CONTROL) String externalRef,
                            @Schema(hidden = true) @Null(message = SERVER_SET) Object actor,
                            @Schema(hidden = true) @Null(message = SERVER_SET) Object channel) {}

    @Schema(description = "Terms of a loan to disburse. The actor and channel are recorded by the server.")
    public record LoanTerms(@NotNull Long memberId, @NotNull FundSource fundSource,
                @NotNull @Positive @JsonDeserialize(using = WholePaise.class)
                @Schema(description = "Whole paise, at most the configured loan limit") Long principalPaise,
                @NotNull ChargeMethod chargeMethod, @NotNull @PositiveOrZero @Max(100_000) Integer rateBp,
                @NotNull RatePeriod ratePeriod, @NotNull LoanFrequency frequency,
                @NotNull @Min(1) @Max(520) Integer instalmentCount, @NotNull LocalDate disbursalDate,
                @NotNull LocalDate firstDueDate, @PositiveOrZero @Max(365) Integer graceDays,
                @Schema(hidden = true) @Null(message = SERVER_SET) Object actor,
                @Schema(hidden = true) @Null(message = SERVER_SET) Object channel) {
        NewLoan toNewLoan() {
            return new NewLoan(memberId, fundSource, principalPaise, chargeMethod, rateBp, ratePeriod, frequency,
                    instalmentCount, disbursalDate, firstDueDate, graceDays == null ? 0 : graceDays);
        }
    }

    public record Pin(@NotNull @Pattern(regexp = "[0-9]{4}", message = "must be exactly 4 digits") String pin) {}

    public record AttendanceRequest(@NotNull List<@NotNull Long> presentMemberIds) {}

    public record MeetingRange(@NotNull LocalDate from, @NotNull LocalDate to) {}
}
