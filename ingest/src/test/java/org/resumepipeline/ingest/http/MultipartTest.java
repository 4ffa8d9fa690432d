package org.resumepipeline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {
    @Test
    void shouldSplitFilesAndFields() {
        final String body = "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a \\\"b\\\".txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nline1\r\nline2\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.pdf\"; "
                + "filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\r\n\r\n%PDF\r\n"
                + "--XyZ--\r\n";
        final List<Multipart.Part> parts = Multipart.parse(body.getBytes(StandardCharsets.UTF_8), "XyZ");
        assertThat(parts).extracting(Multipart.Part::field).containsExactly("note", "files", "files");
        assertThat(parts).extracting(Multipart.Part::filename).containsExactly(null, "a \"b\".txt", "résumé.pdf");
        assertThat(new String(parts.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("line1\r\nline2");
        assertThat(Multipart.boundary("multipart/form-data; boundary=\"XyZ\"")).isEqualTo("XyZ");
        assertThat(Multipart.boundary("application/pdf")).isNull();
    }

    @Test
    void shouldRefuseAnUnterminatedBody() {
        final byte[] body = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\nabc"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Multipart.parse(body, "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheBackslashesOfAWindowsPathSentAsIs() {
        final String body = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"..\\..\\win.ini\"\r\n\r\n"
                + "x\r\n--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"C:\\\\cv.txt\"\r\n\r\ny\r\n--b--\r\n";
        final List<Multipart.Part> parts = Multipart.parse(body.getBytes(StandardCharsets.UTF_8), "b");
        assertThat(parts).extracting(Multipart.Part::filename).as("folders stay visible to the file-name check")
                .containsExactly("..\\..\\win.ini", "C:\\cv.txt");
    }
}
