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
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.resumepipeline.model.Json;
import org.resumepipeline.report.blind.RevealedIdentity;

/**
 * Asks another report instance (its {@code application.server}) for the part of the stores it owns, through the
 * internal routes of {@link ReportRoutes} (which redact a blind batch's DOCs), and for reveals of the documents it
 * holds ({@code RevealRoutes}, which audits them there). Thread-safe.
 */
public final class RemoteReports {
    static final String PREFIX = "/internal/report";
    /** The internal route that reveals a document held by the instance it is sent to. */
    public static final String REVEAL_PATH = PREFIX + "/reveal";
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** Room for the audit record's write (at most 15 s) on the instance that reveals. */
    private static final Duration REVEAL_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String token;

    /** @param token the bearer token the instances share, or null */
    public RemoteReports(final String token) {
        this.token = token;
    }

    InstanceDocuments documents(final HostInfo host, final String batch) {
        return get(host, "/documents/" + enc(batch), new TypeReference<InstanceDocuments>() { })
                .orElse(InstanceDocuments.none());
    }

    Optional<BatchAggregate> aggregate(final HostInfo host, final String batch) {
        return get(host, "/aggregates/" + enc(batch), new TypeReference<BatchAggregate>() { });
    }

    List<BatchAggregate> aggregates(final HostInfo host) {
        return get(host, "/aggregates", new TypeReference<List<BatchAggregate>>() { }).orElse(List.of());
    }

    Optional<InstanceDocuments> document(final HostInfo host, final String key) {
        return get(host, "/document?key=" + enc(key), new TypeReference<InstanceDocuments>() { });
    }

    /**
     * Asks the instance that holds a document to reveal it: that instance writes the audit record and answers with
     * the identity ({@code POST} {@value #REVEAL_PATH}, body {@code {"document": KEY, "by": WHO}}).
     *
     * @return the identity, or empty when that instance has no such document
     * @throws InvalidStateStoreException when it cannot answer (unreachable, rebalancing, the audit not written)
     */
    public Optional<RevealedIdentity> reveal(final HostInfo host, final String key, final String by) {
        final byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(Map.of("document", key, "by", by));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the reveal request", e);
        }
        return send(host, request(host, REVEAL_PATH, REVEAL_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), new TypeReference<RevealedIdentity>() { });
    }

    private HttpRequest.Builder request(final HostInfo host, final String path, final Duration timeout) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://" + host.host() + ":" + host.port() + path)).timeout(timeout);
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private <T> Optional<T> get(final HostInfo host, final String path, final TypeReference<T> type) {
        return send(host, request(host, PREFIX + path, QUERY_TIMEOUT).GET(), type);
    }

    private <T> Optional<T> send(final HostInfo host, final HttpRequest.Builder request, final TypeReference<T> type) {
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
