package org.sakhiline.books.imports;

import java.nio.file.Path;
import java.util.Set;

/**
 * A file to import as the server received it. {@code scope}: the org unit ids a STAFF user may import into
 * (her subtree, her root first); null for an administrator. {@code username} is the signed-in console user.
 */
public record ImportRequest(ImportKind kind, String fileName, Path file, String username, Set<Long> scope, boolean dryRun) {}
