package org.resumepipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryNamesTest {
    @Test
    void shouldRecognizeHiddenAndSystemFiles() {
        assertThat(EntryNames.isHidden("__MACOSX/cvs/._a.pdf")).isTrue();
        assertThat(EntryNames.isHidden("cvs/.DS_Store")).isTrue();
        assertThat(EntryNames.isHidden("Thumbs.db")).isTrue();
        assertThat(EntryNames.isHidden(".git/config")).isTrue();
        assertThat(EntryNames.isHidden("cvs/a.pdf")).isFalse();
        assertThat(EntryNames.isHidden("./a.pdf")).isFalse();
    }

    @Test
    void shouldRefuseZipSlipNames() {
        assertThat(EntryNames.isUnsafeEntry("../evil.txt")).isTrue();
        assertThat(EntryNames.isUnsafeEntry("a/../../evil.txt")).isTrue();
        assertThat(EntryNames.isUnsafeEntry("/etc/passwd")).isTrue();
        assertThat(EntryNames.isUnsafeEntry("C:\\Windows\\x.txt")).isTrue();
        assertThat(EntryNames.isUnsafeEntry("..\\evil.txt")).isTrue();
        assertThat(EntryNames.isUnsafeEntry("a\u0000.txt")).isTrue();
        assertThat(EntryNames.isUnsafeEntry("cvs/a..b.pdf")).isFalse();
    }

    @Test
    void shouldAcceptOnlyPlainUploadNames() {
        assertThat(EntryNames.isPlainFileName("résumé 2024.pdf")).isTrue();
        assertThat(EntryNames.isPlainFileName("../a.pdf")).isFalse();
        assertThat(EntryNames.isPlainFileName("a/b.pdf")).isFalse();
        assertThat(EntryNames.isPlainFileName("C:\\a.pdf")).isFalse();
        assertThat(EntryNames.isPlainFileName("..")).isFalse();
        assertThat(EntryNames.isPlainFileName("a\nb.pdf")).isFalse();
        assertThat(EntryNames.isPlainFileName("")).isFalse();
        assertThat(EntryNames.isPlainFileName(null)).isFalse();
        assertThat(EntryNames.isPlainFileName("x".repeat(256))).isFalse();
    }
}
