package org.resumepipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IngestConfigTest {
    private final IngestConfig base = new IngestConfig(4096, 10, 8192, 50, 2, false, false, 3);

    @Test
    void shouldChangeOnlyWhatACopyNames() {
        assertThat(base.withCheckPublished(true))
                .isEqualTo(new IngestConfig(4096, 10, 8192, 50, 2, false, true, 3));
        assertThat(base.withThreads(1)).isEqualTo(new IngestConfig(4096, 10, 8192, 50, 2, false, false, 1));
        assertThat(base.withArchiveLimits(5, 9000, 20, 0))
                .isEqualTo(new IngestConfig(4096, 5, 9000, 20, 0, false, false, 3));
        assertThat(base.toBuilder().skipHidden(true).build())
                .isEqualTo(new IngestConfig(4096, 10, 8192, 50, 2, true, false, 3));
    }

    @Test
    void shouldRaiseTheArchiveLimitToANewDocumentLimitAndValidateEveryCopy() {
        assertThat(base.withMaxDocumentBytes(10_000).maxArchiveBytes()).isEqualTo(10_000);
        assertThat(base.withMaxDocumentBytes(1000).maxArchiveBytes()).isEqualTo(8192);
        assertThatThrownBy(() -> base.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> base.toBuilder().maxNestingDepth(4).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
    }
}
