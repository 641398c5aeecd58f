package org.sakhiline.admin.web;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Test-only console page whose query MariaDB itself cuts off (max_statement_time: error 1969, the same error a
 * stalled or overloaded server gives a statement that ran past its budget) unless {@code ?fast=true}: a real database
 * failure on a real console request, every time, without emptying the shared pool under the other tests.
 */
@Path("/admin/test-only/stalled-records")
public class StalledRecordsResource {

    @Inject
    AgroalDataSource dataSource;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String records(@QueryParam("fast") boolean fast) throws SQLException {
        String sql = fast ? "SELECT 1" : "SET STATEMENT max_statement_time=0.001 FOR SELECT SLEEP(2)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery(sql).close();
        }
        return "records";
    }
}
