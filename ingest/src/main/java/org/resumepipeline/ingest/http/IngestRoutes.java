package org.resumepipeline.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resumepipeline.ingest.Accepted;
import org.resumepipeline.ingest.EntryNames;
import org.resumepipeline.ingest.IngestSummary;
import org.resumepipeline.ingest.Ingestor;
import org.resumepipeline.ingest.NamedContent;
import org.resumepipeline.ingest.Refusal;
import org.resumepipeline.model.Batch;
import org.resumepipeline.model.BlindMask;
import org.resumepipeline.model.DocumentKeys;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.Json;
import org.resumepipeline.http.BearerToken;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.http.HttpRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload API of the ingest stage:
 * <ul>
 *   <li>{@code PUT /batches/{batch}}: JSON body with an optional "jobDescription", an optional "blind" (true: every
 *   view shows pseudonyms; false: open again; left out: a blind batch stays blind) and, for a blind batch, an
 *   optional "mask" (a list of "employers", "institutions", "graduation-years"); publishes the batch.</li>
 *   <li>{@code POST /batches/{batch}/documents}: multipart/form-data with one or many files (or zips), or a raw
 *   body with a {@code filename} query parameter; answers 202 with
 *   {@code {"batch","accepted":[{"file","key"}],"duplicates":n,"refused":[{"file","reason","message"}]}} (in a
 *   blind batch each {@code file} is the candidate's pseudonym and each {@code message} the reason's advice).</li>
 * </ul>
 * Bearer-token auth when a token is given (401 otherwise), 413 over the request cap, 415 when every file is of an
 * unsupported type, 400 for invalid batch names and file names, 503 with {@code Retry-After} when Kafka does not
 * answer (within the producer's bounded waits, about 10 to 15 s, not a hang): the body then adds
 * {@code "unpublished":[{"file","key"}]} and {@code "error"} to the usual fields. Other requests are left to other routes.
 * Thread-safe.
 */
public final class IngestRoutes implements HttpRoutes {
    /** Default cap on one request body: 100 MB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 100L * 1024 * 1024;
    private static final long MAX_BATCH_BODY_BYTES = 1024 * 1024;
    private static final Pattern BATCH_PATH = Pattern.compile("/batches/([^/]+)");
    private static final Pattern DOCUMENTS_PATH = Pattern.compile("/batches/([^/]+)/documents");
    private static final Logger LOG = LoggerFactory.getLogger(IngestRoutes.class);
    /** When a client may try an upload again after a 503 (Kafka did not answer): a broker restart takes seconds. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Ingestor ingestor;
    private final BearerToken token;
    private final long maxRequestBytes;

    /**
     * @param ingestor the ingestor to publish with (shared, thread-safe)
     * @param token    the bearer token clients must send, or null/blank for none (the server that mounts these
     *                 routes must then listen on loopback only)
     */
    public IngestRoutes(final Ingestor ingestor, final String token) {
        this(ingestor, token, DEFAULT_MAX_REQUEST_BYTES);
    }

    /**
     * @param ingestor        the ingestor to publish with (shared, thread-safe)
     * @param token           the bearer token clients must send, or null/blank for none
     * @param maxRequestBytes the largest request body; larger ones get 413
     */
    public IngestRoutes(final Ingestor ingestor, final String token, final long maxRequestBytes) {
        this(ingestor, BearerToken.of(token), maxRequestBytes);
    }

    /**
     * @param ingestor the ingestor to publish with (shared, thread-safe)
     * @param token    the token (and browser sessions) that may upload
     */
    public IngestRoutes(final Ingestor ingestor, final BearerToken token) {
        this(ingestor, token, DEFAULT_MAX_REQUEST_BYTES);
    }

    private IngestRoutes(final Ingestor ingestor, final BearerToken token, final long maxRequestBytes) {
        if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxRequestBytes must be 1.." + (Integer.MAX_VALUE - 16));
        }
        this.ingestor = ingestor;
        this.token = token;
        this.maxRequestBytes = maxRequestBytes;
    }

    /**
     * @param method  the request's method
     * @param rawPath the request's raw path
     * @return true when these routes serve the request ({@link IngestForwarder} forwards exactly these)
     */
    static boolean serves(final String method, final String rawPath) {
        return "POST".equals(method) && DOCUMENTS_PATH.matcher(rawPath).matches()
                || "PUT".equals(method) && BATCH_PATH.matcher(rawPath).matches();
    }

    @Override
    public boolean handle(final HttpExchange exchange) throws IOException {
        final String path = exchange.getRequestURI().getRawPath();
        final String method = exchange.getRequestMethod();
        final Matcher documents = DOCUMENTS_PATH.matcher(path);
        final Matcher batch = BATCH_PATH.matcher(path);
        if ("POST".equals(method) && documents.matches()) {
            guarded(exchange, documents.group(1), true);
            return true;
        }
        if ("PUT".equals(method) && batch.matches()) {
            guarded(exchange, batch.group(1), false);
            return true;
        }
        return false;
    }

    private void guarded(final HttpExchange exchange, final String batch, final boolean documents)
            throws IOException {
        try {
            if (!token.admits(exchange)) {
                HttpResponses.unauthorized(exchange);
                return;
            }
            if (!DocumentKeys.isValidBatch(batch)) {
                HttpResponses.error(exchange, 400,
                        "invalid batch name (use letters, digits, '.', '_', '-'; at most 64 characters)");
                return;
            }
            final byte[] body = body(exchange, documents ? maxRequestBytes : MAX_BATCH_BODY_BYTES);
            if (body == null) {
                HttpResponses.error(exchange, 413,
                        "the request is larger than the limit; send fewer files per request");
                return;
            }
            if (documents) {
                documents(exchange, batch, body);
            } else {
                batch(exchange, batch, body);
            }
        } catch (IllegalStateException e) {
            LOG.warn("Upload to batch {} failed: cannot publish", batch, e);
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            HttpResponses.error(exchange, 503, "cannot publish to Kafka right now; nothing was published, try again");
        } finally {
            exchange.close();
        }
    }


    /** @return the body, or null when it is over the cap */
    private static byte[] body(final HttpExchange exchange, final long cap) throws IOException {
        final String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > cap) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            final byte[] body = in.readNBytes((int) cap + 1);
            return body.length > cap ? null : body;
        }
    }

    private void batch(final HttpExchange exchange, final String name, final byte[] body) throws IOException {
        String jobDescription = null;
        Boolean blind = null;
        BlindMask mask = null;
        if (body.length > 0) {
            final JsonNode json;
            try {
                json = Json.MAPPER.readTree(body);
            } catch (IOException e) {
                HttpResponses.error(exchange, 400, "the body is not JSON; send {\"jobDescription\": \"...\", "
                        + "\"blind\": true} (both optional) or nothing");
                return;
            }
            final JsonNode jd = json == null ? null : json.get("jobDescription");
            if (jd != null && !jd.isNull()) {
                if (!jd.isTextual()) {
                    HttpResponses.error(exchange, 400, "jobDescription must be a string");
                    return;
                }
                jobDescription = jd.asText();
            }
            final JsonNode b = json == null ? null : json.get("blind");
            if (b != null && !b.isNull()) {
                if (!b.isBoolean()) {
                    HttpResponses.error(exchange, 400, "blind must be true or false");
                    return;
                }
                blind = b.asBoolean();
            }
            final JsonNode m = json == null ? null : json.get("mask");
            if (m != null && !m.isNull()) {
                try {
                    mask = mask(m);
                } catch (IllegalArgumentException e) {
                    HttpResponses.error(exchange, 400, "mask: " + e.getMessage());
                    return;
                }
            }
        }
        final Batch batch = settings(name, jobDescription, blind, mask);
        ingestor.putBatch(batch);
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("batch", name);
        out.put("createdAt", batch.createdAt());
        out.put("jobDescription", jobDescription != null);
        out.put("blind", batch.blind());
        out.put("mask", batch.mask().names());
        HttpResponses.json(exchange, 200, out);
    }

    /**
     * @param blind null when the request does not say: a blind batch stays blind (with its mask unless the request
     *              gives one); only {@code "blind": false} makes a blind batch open again
     * @return the settings to publish
     */
    private Batch settings(final String name, final String jobDescription, final Boolean blind, final BlindMask mask) {
        final long now = System.currentTimeMillis();
        if (blind != null) {
            return new Batch(name, now, jobDescription, blind, mask);
        }
        final Batch asked = new Batch(name, now, jobDescription, false, mask);
        return ingestor.currentBatch(name).filter(Batch::blind)
                .map(current -> asked.withBlind(true, mask == null ? current.mask() : mask)).orElse(asked);
    }

    /** @return the mask of {@code ["employers", ...]} or {@code {"employers": true, ...}} */
    private static BlindMask mask(final JsonNode m) {
        if (m.isArray()) {
            final List<String> names = new ArrayList<>();
            m.forEach(n -> names.add(n.asText()));
            return BlindMask.parse(String.join(",", names));
        }
        if (m.isObject()) {
            try {
                return Json.MAPPER.treeToValue(m, BlindMask.class);
            } catch (IOException e) {
                throw new IllegalArgumentException("use {\"employers\": true, \"institutions\": true, "
                        + "\"graduationYears\": true} or a list of " + String.join(", ", BlindMask.NAMES));
            }
        }
        throw new IllegalArgumentException("use a list of " + String.join(", ", BlindMask.NAMES));
    }

    private void documents(final HttpExchange exchange, final String batch, final byte[] body) throws IOException {
        final List<NamedContent> files = new ArrayList<>();
        final String boundary = Multipart.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (boundary != null) {
            final List<Multipart.Part> parts;
            try {
                parts = Multipart.parse(body, boundary);
            } catch (IllegalArgumentException e) {
                HttpResponses.error(exchange, 400, "malformed multipart body: " + e.getMessage());
                return;
            }
            for (final Multipart.Part part : parts) {
                if (part.filename() == null) {
                    continue;
                }
                if (!EntryNames.isPlainFileName(part.filename())) {
                    HttpResponses.error(exchange, 400,
                            "invalid file name: use a plain name without folders, '..' or control characters");
                    return;
                }
                files.add(new NamedContent(part.filename(), part.content()));
            }
        } else {
            final String filename = queryParam(exchange, "filename");
            if (!EntryNames.isPlainFileName(filename)) {
                HttpResponses.error(exchange, 400, "send multipart/form-data, or the raw file with a plain ?filename=");
                return;
            }
            files.add(new NamedContent(filename, body));
        }
        if (files.isEmpty()) {
            HttpResponses.error(exchange, 400, "no files in the request");
            return;
        }
        final IngestSummary summary = ingestor.ingestContent(batch, files);
        final boolean blind = !summary.complete() || blind(batch);
        if (!summary.complete()) {
            LOG.warn("Upload to batch {}: Kafka did not acknowledge {} of its documents", batch,
                    summary.unpublished().size());
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            HttpResponses.json(exchange, 503, response(summary, blind));
            return;
        }
        HttpResponses.json(exchange, allUnsupported(summary) ? 415 : 202, response(summary, blind));
    }

    /** @return true when the batch is blind, or when Kafka cannot say: then the answer names no file */
    private boolean blind(final String batch) {
        try {
            return ingestor.currentBatch(batch).map(Batch::blind).orElse(false);
        } catch (IllegalStateException e) {
            LOG.warn("Upload to batch {}: cannot read its settings, so the answer names files by pseudonym", batch, e);
            return true;
        }
    }

    private static boolean allUnsupported(final IngestSummary summary) {
        return summary.acceptedKeys().isEmpty() && summary.duplicates() == 0 && !summary.refusals().isEmpty()
                && summary.refusals().stream().allMatch(r -> r.reason() == FailureReason.UNSUPPORTED_TYPE);
    }

    /**
     * @param blind true for a blind batch: each file is named by its candidate's pseudonym, as every view of the
     *              batch names it, and refusals by their advice, never a message that may quote the file
     */
    private static Map<String, Object> response(final IngestSummary summary, final boolean blind) {
        final Map<String, String> pseudonyms = blind ? summary.pseudonyms() : Map.of();
        final Function<Accepted, String> file = a -> blind ? pseudonyms.get(a.key()) : a.file();
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("batch", summary.batch());
        out.put("accepted", summary.accepted().stream()
                .map(a -> Map.of("file", file.apply(a), "key", a.key())).toList());
        out.put("duplicates", summary.duplicates());
        final List<Map<String, String>> refused = new ArrayList<>();
        for (final Refusal r : summary.refusals()) {
            refused.add(Map.of("file", blind ? pseudonyms.get(r.key()) : r.file(), "reason", r.reason().name(),
                    "message", blind ? r.reason().advice() : r.message()));
        }
        out.put("refused", refused);
        if (!summary.complete()) {
            out.put("unpublished", summary.unpublished().stream()
                    .map(a -> Map.of("file", file.apply(a), "key", a.key())).toList());
            out.put("error", "Kafka did not acknowledge these documents; send them again (accepted ones count as"
                    + " duplicates)");
        }
        return out;
    }

    private static String queryParam(final HttpExchange exchange, final String name) {
        final String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (final String pair : query.split("&")) {
            final int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
