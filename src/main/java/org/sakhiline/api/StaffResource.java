package org.sakhiline.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.pins.StaffPins;
import org.sakhiline.books.members.MemberFields;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffChanges;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.books.staff.StaffSummary;
import org.sakhiline.support.ResultPage;
import org.sakhiline.support.problem.NotFoundException;

@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "Bank mitras, CRPs and administrators, each scoped to a subtree")
public class StaffResource {

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    StaffPins pins;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AccessScope scope;

    @POST
    @Operation(summary = "Register a staff member (phone unique among staff)")
    public Response create(@NotNull @Valid NewStaff body) {
        scope.requireUnit(body.orgUnitId());
        scope.requirePhonesNotHeldOutside(java.util.List.of(body.phoneE164()));
        if (body.role() == StaffRole.ADMINISTRATOR && isTopOfTree(body.orgUnitId())) {
            scope.requireAdmin();   // an administrator of a whole federation is appointed by a console administrator
        }
        StaffSummary s = staffDirectory.createStaff(body);
        return Response.created(URI.create("/api/v1/staff/" + s.staffId())).entity(s).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit a staff member (name, phone, role, unit, language, ACTIVE/INACTIVE); 'version' is the one"
            + " you read (409 stale-version if someone saved since)")
    public StaffSummary update(@PathParam("id") long id, @NotNull StaffChanges body) {
        scope.requireStaffRecord(id);
        if (body.orgUnitId() != null) {
            scope.requireUnit(body.orgUnitId());   // she may not be handed to a unit outside the editor's subtree
            if (MemberFields.enumValue(StaffRole.class, body.role()) == StaffRole.ADMINISTRATOR && isTopOfTree(body.orgUnitId())) {
                scope.requireAdmin();
            }
        }
        String phone = MemberFields.phone(body.phoneE164());
        scope.requirePhonesNotHeldOutside(phone == null ? java.util.List.of() : java.util.List.of(phone));
        return staffDirectory.update(id, body);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a staff member")
    public StaffSummary get(@PathParam("id") long id) {
        scope.requireStaffRecord(id);
        return staffDirectory.staff(id).orElseThrow(() -> new NotFoundException("staff", id));
    }

    @GET
    @Operation(summary = "List staff, optionally of one org unit (console staff: within their subtree)")
    public ResultPage<StaffSummary> list(@QueryParam("orgUnitId") Long orgUnitId,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        if (orgUnitId != null) {
            scope.requireUnit(orgUnitId);
        }
        return staffDirectory.listStaff(orgUnitId, scope.subtreeUnitIds(), page, size);
    }

    @PUT
    @Path("/{id}/pin")
    @Operation(summary = "Set or reset a staff member's 4-digit PIN")
    public Response setPin(@PathParam("id") long id, @NotNull @Valid ApiRequests.Pin body) {
        scope.requireStaffRecord(id);
        pins.setPin(id, body.pin());
        return Response.noContent().build();
    }

    private boolean isTopOfTree(long orgUnitId) {
        return orgUnits.find(orgUnitId).map(u -> u.parentId() == null).orElse(false);
    }
}
