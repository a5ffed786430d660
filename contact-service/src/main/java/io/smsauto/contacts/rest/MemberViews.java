package io.smsauto.contacts.rest;

import io.smsauto.contacts.Membership;
import java.time.Instant;
import java.util.List;

/** The answers of the members API. */
final class MemberViews {

    private MemberViews() {
    }

    record Member(String number, Instant addedAt) {

        static Member of(Membership membership) {
            return new Member(membership.number, membership.addedAt);
        }
    }

    /** {@code page} counts from 0. */
    record Page(int page, int size, long total, List<Member> members) {
    }

    /** At most {@link #MAX_REJECTED_SHOWN} rejected rows are listed; {@code rejected} counts them all. */
    record ImportReport(int added, int alreadyPresent, int rejected, List<CsvNumbers.Rejected> rejectedRows) {

        static final int MAX_REJECTED_SHOWN = 1000;

        static ImportReport of(CsvNumbers.Parsed parsed, int added) {
            List<CsvNumbers.Rejected> rejected = parsed.rejected();
            return new ImportReport(added, parsed.numbers().size() - added, rejected.size(),
                    rejected.subList(0, Math.min(rejected.size(), MAX_REJECTED_SHOWN)));
        }
    }
}
