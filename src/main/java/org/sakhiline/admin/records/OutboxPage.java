package org.sakhiline.admin.records;

import java.util.List;

/**
 * One page of the outbox list: the filters it was asked for, how many messages each status holds under
 * the other filters, whether a provider can send at all (else a banner), and the rows with phones masked.
 */
public record OutboxPage(OutboxFilter filter, List<StatusCount> counts, long allCount, String allUrl, List<Row> rows,
                         Paging paging, String back, List<String> dltWarnings, boolean smsProviderConfigured,
                         boolean callProviderConfigured, String zoneNote) {

    public boolean banner() {
        return !smsProviderConfigured || !callProviderConfigured;
    }

    /** {@code status} is the enum name; {@code url} the list with that status and the other filters kept. */
    public record StatusCount(String status, long count, String url, boolean current) {}

    /**
     * {@code provider}: the SMS gateway chosen for the row (null for calls and rows older than routing).
     * {@code memberId}/{@code who}: the member it is for (her own, or the first reached on its phone), or the
     * staff member using that phone; {@code groupCode}/{@code groupName}: her group or his unit.
     */
    public record Row(long id, String channel, String recipient, String status, int attempts, String created,
                      String sent, String template, String preview, String lastError, boolean retryable,
                      String provider, Long memberId, String who, Long groupId, String groupCode, String groupName) {}

    /** One message in full, with the members reached on its phone whom the reader may open. */
    public record Detail(long id, String channel, String recipient, String status, int attempts, String body,
                         String language, boolean rtl, String encoding, int segments, String template,
                         String dltTemplateId, String dedupeKey, String providerId, String providerStatus,
                         Integer errorCode, String lastError, String created, String nextAttempt, String sent,
                         String updated, boolean retryable, List<MemberLink> members, String notice, String error,
                         String provider) {

        public Detail withNotice(String text) {
            return new Detail(id, channel, recipient, status, attempts, body, language, rtl, encoding, segments, template,
                    dltTemplateId, dedupeKey, providerId, providerStatus, errorCode, lastError, created, nextAttempt, sent,
                    updated, retryable, members, text, error, provider);
        }

        public Detail withError(String text) {
            return new Detail(id, channel, recipient, status, attempts, body, language, rtl, encoding, segments, template,
                    dltTemplateId, dedupeKey, providerId, providerStatus, errorCode, lastError, created, nextAttempt, sent,
                    updated, retryable, members, notice, text, provider);
        }
    }

    public record MemberLink(long id, String name, String shgCode) {}
}
