package org.resumepipeline.model;

/**
 * An audit record on {@code resume.audit}: someone revealed who a candidate of a blind batch is. It names the
 * document, never the identity. Keyed by {@code <batch>/<id>}; forgetting the document replaces it with the same
 * record without the document ({@link #forgotten()}).
 *
 * @param id        unique id of the reveal
 * @param batch     the batch
 * @param document  the document key, or null once the document was forgotten
 * @param candidate the pseudonym shown for it, or null once forgotten
 * @param by        who revealed: the reviewer's name when given, and the token (by its id) or session used
 * @param at        epoch millis
 */
public record Reveal(String id, String batch, String document, String candidate, String by, long at) {
    /** @return the key of this record on {@code resume.audit} */
    public String auditKey() {
        return batch + "/" + id;
    }

    /** @return true when the document was forgotten since */
    public boolean forgotten() {
        return document == null;
    }

    /** @return the same reveal without the document it was about */
    public Reveal forget() {
        return new Reveal(id, batch, null, null, by, at);
    }
}
