package org.resumepipeline.report.blind;

import java.util.List;

/**
 * The answer to a reveal: who the candidate behind a pseudonym is, and the audit record that says it was asked.
 *
 * @param document   the document key
 * @param candidate  the pseudonym the views show
 * @param name       the name of the contact block, or null
 * @param email      the email, or null
 * @param phone      the phone, or null
 * @param links      the links
 * @param file       the file name as uploaded
 * @param revealedBy who asked (as written in the audit record)
 * @param revealedAt epoch millis
 * @param audit      the audit record's id on {@code resume.audit}
 */
public record RevealedIdentity(String document, String candidate, String name, String email, String phone,
                               List<String> links, String file, String revealedBy, long revealedAt, String audit) {
}
