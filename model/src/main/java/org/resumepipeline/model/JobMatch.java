package org.resumepipeline.model;

import java.util.List;

/**
 * How a resume matches a batch's job description.
 *
 * @param required skills the job description asks for
 * @param named    required skills the resume names anywhere
 * @param backed   named skills that an experience or project bullet backs
 * @param missing  required skills the resume does not name
 * @param score    share of required skills named, 0-100
 */
public record JobMatch(List<String> required, List<String> named, List<String> backed, List<String> missing,
                       int score) {
}
