package org.sakhiline.admin.records;

import java.util.List;

/** One page of the outbox list, filtered by status; phones masked. */
public record OutboxPage(String status, List<String> statuses, List<Row> rows, Paging paging, String back,
                         List<String> dltWarnings) {

    /** {@code provider}: the SMS gateway chosen for the row (null for calls and rows older than routing). */
    public record Row(long id, String channel, String recipient, String status, int attempts, String created,
                      String sent, String template, String preview, String lastError, boolean retryable,
                      String provider) {}

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
