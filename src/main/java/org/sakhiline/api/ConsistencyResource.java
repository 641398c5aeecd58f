package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.consistency.ConsistencyCheck;
import org.sakhiline.books.consistency.ConsistencyReport;

@Path("/api/v1/consistency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consistency", description = "Recompute cached balances and instalment payments from the logs")
public class ConsistencyResource {

    @Inject
    ConsistencyCheck check;

    @Inject
    AccessScope scope;

    @GET
    @Operation(summary = "Report every cache that differs from its log")
    public ConsistencyReport report() {
        scope.requireAdmin();   // the report spans every federation's books
        return check.check();
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rewrite the caches from the logs; answers with the differences found before")
    public ConsistencyReport rebuild() {
        scope.requireAdmin();
        return check.rebuild();
    }
}
