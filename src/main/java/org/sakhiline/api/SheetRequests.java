package org.sakhiline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.SheetEdit;
import org.sakhiline.support.problem.InvalidInputException;

/** Request bodies of the meeting-sheet API (issue 14). */
final class SheetRequests {

    private SheetRequests() {}

    /**
     * A draft save: the lines to write (members not named keep what they have), the cash counted (optional) and the
     * version you read (or send it as If-Match).
     */
    record DraftRequest(Long version, @Size(max = 1000) List<@NotNull @Valid DraftLine> lines,
                        @PositiveOrZero Long cashCountedPaise) {

        List<SheetEdit> edits() {
            return lines == null ? List.of() : lines.stream().map(DraftLine::edit).toList();
        }
    }

    /** One member's line: attendance, savings, fine and what she repaid on each of her loans (others pay 0). */
    record DraftLine(@NotNull Long memberId, @NotNull Attendance attendance, @PositiveOrZero long savingsPaise,
                     @PositiveOrZero long finePaise, @Size(max = 50) List<@NotNull @Valid DraftRepayment> repayments) {

        SheetEdit edit() {
            Map<Long, Long> byLoan = new HashMap<>();
            for (DraftRepayment r : repayments == null ? List.<DraftRepayment>of() : repayments) {
                if (byLoan.put(r.loanId(), r.amountPaise()) != null) {
                    throw new InvalidInputException("lines.repayments", "name each loan at most once");
                }
            }
            return new SheetEdit(memberId, new LineEntry(attendance, savingsPaise, finePaise, byLoan));
        }
    }

    record DraftRepayment(@NotNull Long loanId, @PositiveOrZero long amountPaise) {}

    /** Why a checker sends the sheet back. */
    record RejectRequest(@NotBlank @Size(max = 500) String reason) {}
}
