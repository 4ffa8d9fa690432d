package org.resumepipeline.cli.command;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.resumepipeline.cli.Waits;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.Json;
import org.resumepipeline.report.blind.RevealedIdentity;

/**
 * {@code rp reveal} against a running report: {@code POST /batches/{b}/documents/{key}/reveal} with the bearer token
 * and {@code {"reviewer": NAME}}; the report writes the audit record before it answers.
 */
final class RevealOverHttp {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** The route waits up to 15 s for the audit record, and may ask the instance that holds the document. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    /** How long a report that answers 503 (starting, rebalancing) is asked again, once a second. */
    private static final Duration NOT_READY_WAIT = Duration.ofSeconds(60);

    /**
     * @param identity the identity revealed, or empty
     * @param reached  true when a report answered (then {@code problem} says why there is no identity)
     * @param problem  what to tell the user when there is no identity
     */
    record Answer(Optional<RevealedIdentity> identity, boolean reached, String problem) {
    }

    private RevealOverHttp() {
    }

    /**
     * @param base     the report's address
     * @param key      the document key
     * @param reviewer who asks
     * @param token    the API token, or null
     * @return what the report said, or that none answered at {@code base}
     */
    static Answer ask(final URI base, final String key, final String reviewer, final String token) {
        final String batch = DocumentKeys.batchOf(key);
        final URI uri = URI.create(base.toString().replaceFirst("/+$", "") + "/batches/"
                + URLEncoder.encode(batch, StandardCharsets.UTF_8) + "/documents/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/reveal");
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        final HttpRequest post;
        try {
            post = request.POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(
                    Map.of("reviewer", reviewer)))).build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the reveal request", e);
        }
        final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        final AtomicReference<Answer> answer = new AtomicReference<>();
        try {
            Waits.until(() -> {
                answer.set(once(http, post, base, key));
                return answer.get() != null;
            }, NOT_READY_WAIT, Duration.ofSeconds(1), () -> "not ready");
        } catch (IllegalStateException e) {
            return new Answer(Optional.empty(), true, "The report at " + base + " is not ready (it answers 503: "
                    + "starting or rebalancing); try again.");
        }
        return answer.get();
    }

    /** @return the report's answer, or null when it answered 503 (not ready: ask again) */
    private static Answer once(final HttpClient http, final HttpRequest post, final URI base, final String key) {
        final HttpResponse<byte[]> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return new Answer(Optional.empty(), false, "No report answers at " + base + " (" + e + ").");
        } catch (IOException e) {
            return new Answer(Optional.empty(), true, "The report at " + base + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Optional.empty(), true, "Interrupted while asking the report at " + base + ".");
        }
        final String body = new String(response.body(), StandardCharsets.UTF_8).strip();
        return switch (response.statusCode()) {
            case 200 -> identity(response.body(), base);
            case 404 -> new Answer(Optional.empty(), true, "No such document: " + key);
            case 401, 403 -> new Answer(Optional.empty(), true, "The report at " + base + " needs its API token: "
                    + "set RP_API_TOKEN to it and run the same command again.");
            case 503 -> null;
            default -> new Answer(Optional.empty(), true, "The report at " + base + " answered "
                    + response.statusCode() + ": " + body);
        };
    }

    private static Answer identity(final byte[] body, final URI base) {
        try {
            return new Answer(Optional.of(Json.MAPPER.readValue(body, RevealedIdentity.class)), true, null);
        } catch (IOException e) {
            return new Answer(Optional.empty(), true, "The report at " + base + " answered what is not a reveal: "
                    + e.getMessage());
        }
    }
}
