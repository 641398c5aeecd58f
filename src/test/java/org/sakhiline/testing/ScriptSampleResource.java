package org.sakhiline.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * Test-only page of member names in Hindi, Bengali and Urdu styled by the console's CSS, so a browser test can
 * check that the machine draws them with real glyphs (the console shows names in the member's own script).
 */
@Path("/test-only/scripts")
public class ScriptSampleResource {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Scripts · SakhiLine console</title>
              <link rel="stylesheet" href="/admin/static/console.css">
            </head>
            <body>
            <main>
              <h1>Member names in their own script</h1>
              <div class="table-wrap"><table>
                <tr><th>Language</th><th>Name</th></tr>
                <tr><td>Hindi</td><td><span id="hindi" lang="hi">सुनीता देवी</span></td></tr>
                <tr><td>Bengali</td><td><span id="bengali" lang="bn">সবিতা দাস</span></td></tr>
                <tr><td>Urdu</td><td><span id="urdu" lang="ur" dir="rtl">فاطمہ بی بی</span></td></tr>
              </table></div>
            </main>
            </body>
            </html>
            """;

    @GET
    @Produces("text/html;charset=UTF-8")
    public String page() {
        return PAGE;
    }
}
