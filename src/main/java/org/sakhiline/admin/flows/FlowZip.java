package org.sakhiline.admin.flows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A flow's files as a zip laid out like the repository ({@code menus/<key>/flow.yaml, texts/<lang>.yaml}), to commit. */
public final class FlowZip {

    private FlowZip() {}

    public static byte[] zip(String key, FlowFiles files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.byPath().entrySet()) {
                zip.putNextEntry(new ZipEntry(FlowSources.source(key) + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
