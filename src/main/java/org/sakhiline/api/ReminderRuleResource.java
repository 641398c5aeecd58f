package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.reminders.ReminderRuleRequest;
import org.sakhiline.reminders.ReminderRuleService;
import org.sakhiline.reminders.ReminderRuleView;

@Path("/api/v1/reminder-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminder rules", description = "When and how members are reminded of meetings and loan dues")
public class ReminderRuleResource {

    @Inject
    ReminderRuleService rules;

    @Inject
    AccessScope scope;

    @GET
    @Operation(summary = "List rules, optionally for one org unit, kind or active state (staff: within their subtree)")
    public List<ReminderRuleView> list(@QueryParam("orgUnitId") Long orgUnitId, @QueryParam("kind") ReminderKind kind,
                                       @QueryParam("active") Boolean active) {
        if (orgUnitId != null) {
            scope.requireUnit(orgUnitId);
        }
        return rules.list(orgUnitId, kind, active, scope.subtreeUnitIds());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rule")
    public ReminderRuleView get(@PathParam("id") long id) {
        scope.requireReminderRule(id);
        return rules.get(id);
    }

    @GET
    @Path("/effective")
    @Operation(summary = "The rule that applies to a group for each kind (its own, else its VO's, else its federation's)")
    public Map<ReminderKind, ReminderRuleView> effective(@QueryParam("orgUnitId") @NotNull Long orgUnitId) {
        scope.requireUnit(orgUnitId);   // the answer may name a rule from above her unit: it is what applies to her groups
        return rules.effective(orgUnitId);
    }

    @POST
    @Operation(summary = "Create a rule for an org unit and its subtree (one active rule per unit and kind)")
    public Response create(@NotNull @Valid ReminderRuleRequest body, @jakarta.ws.rs.core.Context UriInfo uri) {
        scope.requireUnit(body.orgUnitId());
        ReminderRuleView created = rules.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a rule's settings")
    public ReminderRuleView update(@PathParam("id") long id, @NotNull @Valid ReminderRuleRequest body) {
        scope.requireReminderRule(id);
        scope.requireUnit(body.orgUnitId());
        return rules.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a rule (it is kept as history)")
    public ReminderRuleView deactivate(@PathParam("id") long id) {
        scope.requireReminderRule(id);
        return rules.deactivate(id);
    }
}
