package org.resumepipeline.report;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.resumepipeline.model.DocumentResult;
import org.resumepipeline.model.Json;

/**
 * Asks another report instance (its {@code application.server}) for the part of the stores it owns, through the
 * internal routes of {@link ReportRoutes}. Thread-safe.
 */
public final class RemoteReports {
    static final String PREFIX = "/internal/report";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String token;

    /** @param token the bearer token the instances share, or null */
    public RemoteReports(final String token) {
        this.token = token;
    }

    List<DocumentResult> documents(final HostInfo host, final String batch) {
        return get(host, "/documents/" + enc(batch), new TypeReference<List<DocumentResult>>() { })
                .orElse(List.of());
    }

    Optional<BatchAggregate> aggregate(final HostInfo host, final String batch) {
        return get(host, "/aggregates/" + enc(batch), new TypeReference<BatchAggregate>() { });
    }

    List<BatchAggregate> aggregates(final HostInfo host) {
        return get(host, "/aggregates", new TypeReference<List<BatchAggregate>>() { }).orElse(List.of());
    }

    Optional<DocumentResult> document(final HostInfo host, final String key) {
        return get(host, "/document?key=" + enc(key), new TypeReference<DocumentResult>() { });
    }

    private <T> Optional<T> get(final HostInfo host, final String path, final TypeReference<T> type) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + host.host() + ":" + host.port() + PREFIX + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            final HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new InvalidStateStoreException("report instance " + host + " answered "
                        + response.statusCode());
            }
            return Optional.ofNullable(Json.MAPPER.readValue(response.body(), type));
        } catch (IOException e) {
            throw new InvalidStateStoreException("report instance " + host + " is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted while asking " + host);
        }
    }

    private static String enc(final String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
