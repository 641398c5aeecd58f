package org.sakhiline.messaging.twilio;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/** Answers 403 to {@link TwilioSigned} requests whose signature does not check out. */
public class TwilioSignatureFilter {

    private static final Logger LOG = Logger.getLogger(TwilioSignatureFilter.class);
    public static final String SIGNATURE_HEADER = "X-Twilio-Signature";

    @Inject
    TwilioWebhookVerifier verifier;

    @TwilioSigned
    @WithFormRead
    @ServerRequestFilter
    public Response checkSignature(ContainerRequestContext request) {
        Map<String, List<String>> form = formParameters();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (verifier.verify(path, query, form, request.getHeaderString(SIGNATURE_HEADER))) {
            return null;
        }
        LOG.warnf("Twilio webhook %s refused: bad or missing %s", path, SIGNATURE_HEADER);
        return Response.status(Response.Status.FORBIDDEN).type("text/plain").entity("bad signature").build();
    }

    private static Map<String, List<String>> formParameters() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        FormData data = CurrentRequestManager.get().getFormData();
        if (data == null) {
            return form;
        }
        for (String name : data) {
            List<String> values = new ArrayList<>();
            for (FormValue v : data.get(name)) {
                if (!v.isFileItem()) {
                    values.add(v.getValue());
                }
            }
            form.put(name, values);
        }
        return form;
    }
}
