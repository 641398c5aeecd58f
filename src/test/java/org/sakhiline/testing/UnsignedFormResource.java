package org.sakhiline.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;

/** Test-only endpoint without {@code @TwilioSigned}: proves the signature filter is not global. */
@Path("/test-only/unsigned-form")
public class UnsignedFormResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String echo(@RestForm String text) {
        return "got " + text;
    }
}
