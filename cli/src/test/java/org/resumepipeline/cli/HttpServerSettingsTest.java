package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class HttpServerSettingsTest {
    @Test
    void shouldRefuseToServeWithoutATokenOffLoopback() {
        assertThatThrownBy(() -> HttpServerSettings.checkBind(new InetSocketAddress("0.0.0.0", 8080), " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without a token");
        assertThatCode(() -> HttpServerSettings.checkBind(new InetSocketAddress("0.0.0.0", 8080), "s3cret"))
                .doesNotThrowAnyException();
        assertThatCode(() -> HttpServerSettings.checkBind(new InetSocketAddress("127.0.0.1", 8080), null))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldBindAFreePortWhenThePortIsBusyAndSetTheJdkLimits() throws Exception {
        final HttpServer first = HttpServerSettings.bind("127.0.0.1", 0);
        try {
            final int busy = first.getAddress().getPort();
            final HttpServer second = HttpServerSettings.bind("127.0.0.1", busy);
            try {
                assertThat(second.getAddress().getPort()).isNotEqualTo(busy).isPositive();
            } finally {
                second.stop(0);
            }
        } finally {
            first.stop(0);
        }
        assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).isNotBlank();
        assertThat(System.getProperty("sun.net.httpserver.drainAmount")).isNotBlank();
    }
}
