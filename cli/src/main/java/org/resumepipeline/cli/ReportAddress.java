package org.resumepipeline.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a running report stage serves HTTP, recorded under its data directory ({@value #FILE}) while it runs, so the
 * commands that ask it (such as {@code rp reveal}) find it by {@code --data-dir}. The record may outlive a killed
 * process: a reader that cannot connect takes it as no report running.
 */
public final class ReportAddress {
    /** The file under the data directory. */
    public static final String FILE = "report-http.url";
    private static final Logger LOG = LoggerFactory.getLogger(ReportAddress.class);

    private ReportAddress() {
    }

    /** @return the address clients on this machine use for a server bound to {@code bind} on {@code port} */
    static URI of(final String bind, final int port) {
        final String host = bind == null || bind.isBlank() || "0.0.0.0".equals(bind) || "::".equals(bind)
                ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
        return URI.create("http://" + host + ":" + port);
    }

    /** Records the address (written whole, then moved into place); a data directory that cannot take it is logged. */
    static void record(final Path dataDir, final URI address) {
        try {
            Files.createDirectories(dataDir);
            final Path tmp = Files.createTempFile(dataDir, FILE, ".tmp");
            Files.writeString(tmp, address + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot record the report's HTTP address under {}", dataDir, e);
        }
    }

    /** Removes the record when it is still this address. */
    static void clear(final Path dataDir, final URI address) {
        if (read(dataDir).filter(address::equals).isPresent()) {
            try {
                Files.deleteIfExists(dataDir.resolve(FILE));
            } catch (IOException e) {
                LOG.debug("cannot remove {}", dataDir.resolve(FILE), e);
            }
        }
    }

    /** @return the address recorded under the data directory, or empty when none is (or it cannot be read) */
    public static Optional<URI> read(final Path dataDir) {
        final Path file = dataDir.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(URI.create(Files.readString(file, StandardCharsets.UTF_8)
                    .strip())) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("cannot read {}", file, e);
            return Optional.empty();
        }
    }
}
