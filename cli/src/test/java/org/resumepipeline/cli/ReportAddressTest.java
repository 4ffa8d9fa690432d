package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAddressTest {
    @Test
    void shouldRecordTheAddressUnderTheDataDirAndClearOnlyItsOwn(@TempDir final Path dir) {
        final Path data = dir.resolve("data");
        assertThat(ReportAddress.read(data)).isEmpty();
        final URI first = ReportAddress.of("0.0.0.0", 8080);
        assertThat(first).isEqualTo(URI.create("http://127.0.0.1:8080"));
        ReportAddress.record(data, first);
        assertThat(ReportAddress.read(data)).hasValue(first);
        final URI second = ReportAddress.of("127.0.0.1", 18080);
        ReportAddress.record(data, second);
        ReportAddress.clear(data, first);
        assertThat(ReportAddress.read(data)).as("another report's record stays").hasValue(second);
        ReportAddress.clear(data, second);
        assertThat(ReportAddress.read(data)).isEmpty();
    }
}
