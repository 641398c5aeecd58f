package org.sakhiline.support;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional service whose transactions are run again when the database refuses them for a conflict (InnoDB
 * deadlock 1213, lock wait timeout 1205; on Galera a certification conflict at commit, also 1213), where a
 * request starts them: a member or an operator sees the posting made, not an error. Only the outermost call
 * retries — the whole transaction, never a part of it; a call that joins a caller's transaction leaves the retry
 * to that caller's boundary. Idempotency keys make a posting that did commit replay instead of posting twice.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnConflict {}
