package org.sakhiline.support;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs a {@link RetriedOnConflict} call again after a conflict, when it is the transaction's boundary. Ordered
 * before {@code @Transactional}'s interceptor (priority 200), so each attempt is a whole new transaction.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetriedOnConflictInterceptor {

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (Transactions.inTransaction()) {
            return call.proceed();
        }
        String what = call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
        return RetryOnDeadlock.outsideTransaction(what, call::proceed);
    }
}
