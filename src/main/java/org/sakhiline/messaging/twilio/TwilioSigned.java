package org.sakhiline.messaging.twilio;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a JAX-RS resource method (or class) that Twilio calls: requests without a valid
 * {@code X-Twilio-Signature} are answered 403 before the method runs. The method must consume
 * {@code application/x-www-form-urlencoded}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TwilioSigned {}
